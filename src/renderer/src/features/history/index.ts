export { createHistorySlice, type HistorySlice } from './historySlice'
export {
  inspectHistoryEntry,
  refreshHistory,
  reopenHistoryEntry,
  resendHistoryEntry,
} from './historyActions'
export { timeLabel } from './timeLabel'
