import { useMemo } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { computeBuild, type ComposerBuild } from './computeBuild'
import { findSampleContact } from './sampleContacts'

/** The request and problems of a composer tab, recomputed when its draft, connection or contact change. */
export function useComposerBuild(tabId: string | undefined): ComposerBuild | undefined {
  const tab = useWorkbenchStore((state) => (tabId ? state.composerTabs[tabId] : undefined))
  const connection = useWorkbenchStore((state) =>
    state.connections.find((candidate) => candidate.id === tab?.connectionId),
  )
  const sample = useWorkbenchStore((state) => findSampleContact(state, tab?.sampleContactId))
  return useMemo(
    () => (tabId && tab ? computeBuild(tabId, tab.draft, connection, sample?.contact) : undefined),
    [tabId, tab, connection, sample],
  )
}

/** The connection chosen in a composer tab, if any. */
export function useComposerConnection(tabId: string | undefined) {
  return useWorkbenchStore((state) => {
    const id = tabId ? state.composerTabs[tabId]?.connectionId : undefined
    return state.connections.find((candidate) => candidate.id === id)
  })
}
