import { useWorkbenchStore, type WorkbenchState } from '../../state/store'
import { computeBuild, type ComposerBuild } from './computeBuild'
import { findSampleContact } from './sampleContacts'

/**
 * The build of a composer tab from the store's state: its draft, its connection and its sample
 * contact. computeBuild is memoized per tab on those three, so this is the same object until one
 * of them changes, and one computation per keystroke serves every caller.
 */
export function composerBuildOf(
  state: WorkbenchState,
  tabId: string | undefined,
): ComposerBuild | undefined {
  const tab = tabId ? state.composerTabs[tabId] : undefined
  if (!tabId || !tab) return undefined
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  const sample = findSampleContact(state, tab.sampleContactId)
  return computeBuild(tabId, tab.draft, connection, sample?.contact)
}

/** The request and problems of a composer tab, recomputed when its draft, connection or contact change. */
export function useComposerBuild(tabId: string | undefined): ComposerBuild | undefined {
  return useWorkbenchStore((state) => composerBuildOf(state, tabId))
}

/** The connection chosen in a composer tab, if any. */
export function useComposerConnection(tabId: string | undefined) {
  return useWorkbenchStore((state) => {
    const id = tabId ? state.composerTabs[tabId]?.connectionId : undefined
    return state.connections.find((candidate) => candidate.id === id)
  })
}
