export * from './contactSchema'
export * from './contactFields'
export { builtInContacts } from './builtInContacts'
