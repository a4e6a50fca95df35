import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import type { CommandContext } from '../../commands/command'
import { sendDraft } from '../composer'
import { showHistoryEntry } from '../inspector'

export async function refreshHistory({ store, api }: CommandContext): Promise<void> {
  const { text, outcome } = store.getState().historyFilter
  const result = await api['history.list']({
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(outcome ? { outcome } : {}),
    limit: 500,
  })
  if (!result.ok) store.getState().setHistoryError(result.error.message)
  else store.getState().setHistoryListing(result.value.entries, result.value.total)
}

async function loadEntry(
  { store, api }: CommandContext,
  id: string,
): Promise<HistoryEntry | undefined> {
  const result = await api['history.get']({ id })
  if (!result.ok) {
    store.getState().notify({
      level: 'error',
      message: 'The history entry could not be read.',
      detail: result.error.message,
    })
    return undefined
  }
  return result.value
}

/** Shows a recorded send in the Response panel (the inspector). */
export async function inspectHistoryEntry(context: CommandContext, id: string): Promise<void> {
  context.store.getState().selectHistoryEntry(id)
  const entry = await loadEntry(context, id)
  if (entry) showHistoryEntry(context.store, entry)
}

/**
 * Opens a recorded send as a new draft in a composer tab: its own draft when it was sent from one,
 * otherwise the recorded body read back like an imported payload. Reopening an entry whose tab is
 * still open focuses that tab (`reuse`); Re-send always starts from the recorded draft. Returns the
 * tab id.
 */
export async function reopenHistoryEntry(
  context: CommandContext,
  id: string,
  { reuse = true }: { reuse?: boolean } = {},
): Promise<string | undefined> {
  const open = context.store.getState().tabs.find((tab) => tab.id === `composer:history-${id}`)
  if (reuse && open) {
    context.store.getState().activateTab(open.id)
    return open.id
  }
  const entry = await loadEntry(context, id)
  if (!entry) return undefined
  let draft = entry.draft
  if (!draft && entry.request.body) {
    const imported = await context.api['transfer.importPayload']({ text: entry.request.body })
    if (imported.ok) draft = imported.value.drafts[0]
  }
  const state = context.store.getState()
  if (!draft) {
    state.notify({ level: 'error', message: 'This send has no draft to reopen.' })
    return undefined
  }
  const connection = state.connections.find((candidate) => candidate.name === entry.connectionName)
  let tabId = `composer:history-${entry.id}`
  for (let copy = 2; state.tabs.some((tab) => tab.id === tabId); copy++)
    tabId = `composer:history-${entry.id}-${copy}`
  state.putComposerTab(tabId, { draft, ...(connection ? { connectionId: connection.id } : {}) })
  state.openTab({
    kind: 'composer',
    id: tabId,
    title: `${entry.eventNames[0] ?? 'Event'} (from history)`,
    dirty: true,
  })
  return tabId
}

/** Re-send: reopens the entry as a draft and sends it through the composer's checks. */
export async function resendHistoryEntry(context: CommandContext, id: string): Promise<void> {
  const tabId = await reopenHistoryEntry(context, id, { reuse: false })
  if (tabId) await sendDraft(context.store, context.api, tabId)
}
