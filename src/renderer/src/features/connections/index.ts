export { createConnectionsSlice, type ConnectionsSlice } from './connectionsSlice'
export {
  checkConnection,
  openConnectionEditor,
  refreshConnections,
  refreshKeychainStatus,
} from './connectionActions'
export { useConnectionList } from './useConnectionList'
