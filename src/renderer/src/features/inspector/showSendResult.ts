import type { SendResult } from '../../../../shared/capi/sendResult'
import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import type { WorkbenchStore } from '../../state/store'
import { fromHistoryEntry, fromSendResult } from './inspectedExchange'

/** Records a send's answer as its tab's response and shows the Response panel. */
export function showSendResult(
  store: WorkbenchStore,
  tabId: string,
  result: SendResult & { historyId?: string },
  title: string,
): void {
  store.getState().setResponse(tabId, fromSendResult(result, title))
  // A history entry shown meanwhile gives way to the answer of the tab the person is looking at.
  if (store.getState().activeTabId === tabId) store.setState({ responseOverride: undefined })
  store.getState().showPanel('response')
}

/** For the History view: open a recorded send in the Response panel. */
export function showHistoryEntry(store: WorkbenchStore, entry: HistoryEntry): void {
  const threshold = store.getState().settings?.values['send.slowThresholdMs']
  store.getState().inspectHistory(fromHistoryEntry(entry, threshold))
  store.getState().showPanel('response')
}
