import type { WorkbenchStore } from '../../state/store'
import { rawTemplate } from './rawTemplate'

let rawCounter = 0

export interface OpenRawOptions {
  /** The body to edit; a template (a valid WhatsApp Purchase) when absent. */
  text?: string
  /** Where it came from, for the tab title (e.g. "History: Purchase"). */
  source?: string
  connectionId?: string
}

/** Opens a raw request editor tab ("Raw Request"); returns its tab id. */
export function openRawTab(store: WorkbenchStore, options: OpenRawOptions = {}): string {
  const state = store.getState()
  let id: string
  do {
    id = `raw:${++rawCounter}`
  } while (state.tabs.some((tab) => tab.id === id))
  // With one connection there is nothing to choose; with several the person picks.
  const connectionId =
    options.connectionId ?? (state.connections.length === 1 ? state.connections[0]?.id : undefined)
  const connection = state.connections.find((candidate) => candidate.id === connectionId)
  state.putRawTab(id, {
    text: options.text ?? rawTemplate(connection),
    template: options.text === undefined,
    ...(connectionId ? { connectionId } : {}),
  })
  const title = options.source ? `Raw Request: ${options.source}` : 'Raw Request'
  state.openTab({ kind: 'raw', id, title: rawCounter > 1 ? `${title} ${rawCounter}` : title })
  return id
}

/** The active tab's id when it is a raw request editor. */
export function activeRawTabId(store: WorkbenchStore): string | undefined {
  const { activeTabId, rawTabs } = store.getState()
  return activeTabId && rawTabs[activeTabId] ? activeTabId : undefined
}
