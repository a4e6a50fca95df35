import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import type { CommandContext } from '../../commands/command'
import { activeEditorSide, sideFromHistoryEntry } from './compareSide'
import { openCompareTab } from './openCompareTab'

async function loadEntry(
  { store, api }: CommandContext,
  id: string,
): Promise<HistoryEntry | undefined> {
  const result = await api['history.get']({ id })
  if (result.ok) return result.value
  store.getState().notify({
    level: 'error',
    message: 'The history entry could not be read for Compare.',
    detail: result.error.message,
  })
  return undefined
}

/** Two recorded sends side by side: the older one on the left. */
export async function compareHistoryEntries(
  context: CommandContext,
  firstId: string,
  secondId: string,
): Promise<string | undefined> {
  const [first, second] = await Promise.all([
    loadEntry(context, firstId),
    loadEntry(context, secondId),
  ])
  if (!first || !second) return undefined
  const [left, right] = first.time <= second.time ? [first, second] : [second, first]
  return openCompareTab(context.store, {
    left: sideFromHistoryEntry(left),
    right: sideFromHistoryEntry(right),
  })
}

/** Whether the active tab can be compared: a composer draft or a raw request. */
export function hasComparableEditor({ store }: CommandContext): boolean {
  return activeEditorSide(store) !== undefined
}

/** A recorded send (left) against what the active composer or raw request editor holds (right). */
export async function compareWithActiveEditor(
  context: CommandContext,
  historyId: string,
): Promise<string | undefined> {
  const editor = activeEditorSide(context.store)
  if (!editor) {
    context.store.getState().notify({
      level: 'info',
      message: 'Open a draft or a raw request first: Compare puts it next to the recorded send.',
    })
    return undefined
  }
  const entry = await loadEntry(context, historyId)
  if (!entry) return undefined
  return openCompareTab(context.store, { left: sideFromHistoryEntry(entry), right: editor })
}
