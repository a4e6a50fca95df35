export { LazyCompareEditor } from './LazyCompareEditor'
export {
  compareHistoryEntries,
  compareWithActiveEditor,
  hasComparableEditor,
} from './compareActions'
export { activeEditorSide, type CompareSide } from './compareSide'
export { openCompareTab } from './openCompareTab'
