export { TestEventsEditor } from './TestEventsEditor'
export { openTestEvents } from './openTestEvents'
