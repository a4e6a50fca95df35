export { openTestEvents } from './openTestEvents'
