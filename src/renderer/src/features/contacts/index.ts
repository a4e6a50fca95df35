export { LazyContactEditor } from './LazyContactEditor'
export { ContactFixButton } from './ContactFixButton'
export { createContactsSlice, type ContactsSlice } from './contactsSlice'
export {
  contactTabId,
  ensureContactSync,
  importContactsText,
  openContactEditor,
  refreshContacts,
} from './contactActions'
