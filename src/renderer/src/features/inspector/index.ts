export { CopyButton } from './CopyButton'
export {
  createInspectorSlice,
  historyResponseKey,
  shownResponse,
  type InspectorSlice,
} from './inspectorSlice'
export { fromHistoryEntry, fromSendResult, type InspectedExchange } from './inspectedExchange'
export { ResponsePanel } from './ResponsePanel'
export { showHistoryEntry, showSendResult } from './showSendResult'
