export { openImportTab } from './openImportTab'
