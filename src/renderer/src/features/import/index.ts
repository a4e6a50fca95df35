export { ImportEditor, openImportTab } from './ImportEditor'
