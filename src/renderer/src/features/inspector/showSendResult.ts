import type { SendResult } from '../../../../shared/capi/sendResult'
import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import type { WorkbenchStore } from '../../state/store'
import { fromHistoryEntry, fromSendResult } from './inspectedExchange'

/** Puts a send's answer in the Response panel and shows it. */
export function showSendResult(
  store: WorkbenchStore,
  result: SendResult & { historyId?: string },
  title: string,
): void {
  store.getState().inspect(fromSendResult(result, title))
  store.getState().showPanel('response')
}

/** For the History view: open a recorded send in the Response panel. */
export function showHistoryEntry(store: WorkbenchStore, entry: HistoryEntry): void {
  store.getState().inspect(fromHistoryEntry(entry))
  store.getState().showPanel('response')
}
