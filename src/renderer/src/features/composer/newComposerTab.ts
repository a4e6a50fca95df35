import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import type { WorkbenchStore } from '../../state/store'

let draftCounter = 0

/** Opens a new composer tab with an empty WhatsApp Purchase draft; returns its tab id. */
export function newComposerTab(store: WorkbenchStore): string {
  const state = store.getState()
  let id: string
  do {
    id = `composer:draft-${++draftCounter}`
  } while (state.tabs.some((tab) => tab.id === id))
  state.openTab({ kind: 'composer', id, title: `New event ${draftCounter}` })
  // The draft is there before the editor first renders: the form appears in that render, not in a
  // second one after an effect ("Opening…" in between).
  state.putComposerTab(id, { draft: createEmptyDraft('whatsapp') })
  // Focus lands in the new editor's first field (the connection), as soon as it has rendered.
  state.focusField(id, 'connection.datasetId')
  return id
}

/** The active tab's id when it is a composer. */
export function activeComposerTabId(store: WorkbenchStore): string | undefined {
  const { activeTabId, tabs } = store.getState()
  const tab = tabs.find((candidate) => candidate.id === activeTabId)
  return tab?.kind === 'composer' ? tab.id : undefined
}
