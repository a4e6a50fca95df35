import { useEffect } from 'react'
import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { restoredComposerChoice } from '../../state/sessionPersistence'
import { useWorkbenchStore } from '../../state/store'
import { refreshContacts } from '../contacts'
import { findContactByName } from './sampleContacts'

/**
 * Makes sure a composer tab has its state: a tab opened with a preset id (`resource`) loads the
 * preset's draft and preferred connection; any other starts from an empty draft.
 */
export function useComposerTab(tab: EditorTab): boolean {
  const api = useApi()
  const exists = useWorkbenchStore((state) => Boolean(state.composerTabs[tab.id]))
  useEffect(() => {
    if (exists) return
    const { putComposerTab, notify } = useWorkbenchStore.getState()
    // A tab reopened from the last session keeps the connection it had.
    const restored = restoredComposerChoice(globalThis.localStorage, tab.id)
    if (!tab.resource) {
      putComposerTab(tab.id, { draft: createEmptyDraft('whatsapp'), ...restored })
      return
    }
    const presetId = tab.resource
    void api['presets.get']({ id: presetId }).then(async (result) => {
      if (useWorkbenchStore.getState().composerTabs[tab.id]) return
      if (!result.ok || result.value.preset.kind !== 'draft') {
        notify({
          level: 'error',
          message: 'The preset could not be opened.',
          detail: result.ok
            ? `"${presetId}" is a ${result.value.preset.kind} preset; open it from the Explorer.`
            : result.error.message,
        })
        putComposerTab(tab.id, { draft: createEmptyDraft('whatsapp') })
        return
      }
      const { preset } = result.value
      const connection = useWorkbenchStore
        .getState()
        .connections.find((candidate) => candidate.name === preset.connectionName)
      // The preset's default contact is selected (by name), once the contacts are listed.
      if (preset.defaultContact && !useWorkbenchStore.getState().contactsLoaded)
        await refreshContacts({ store: useWorkbenchStore, api })
      const contact = findContactByName(useWorkbenchStore.getState(), preset.defaultContact)
      if (useWorkbenchStore.getState().composerTabs[tab.id]) return
      putComposerTab(tab.id, {
        draft: preset.draft,
        presetId,
        presetMeta: { description: preset.description, tags: preset.tags },
        ...(connection ? { connectionId: connection.id } : {}),
        ...(contact ? { sampleContactId: contact.id } : {}),
        ...restored,
      })
    })
  }, [exists, tab.id, tab.resource])
  return exists
}
