import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { ConnectionService } from './connectionService'

type ConnectionChannel =
  | 'connections.list'
  | 'connections.get'
  | 'connections.save'
  | 'connections.delete'
  | 'connections.setToken'
  | 'connections.removeToken'
  | 'connections.check'
  | 'connections.keychainStatus'

/** IPC handlers for connections. No handler returns a token; `setToken` only takes one. */
export function createConnectionsHandlers(
  service: ConnectionService,
): PartialHandlerTable<ConnectionChannel> {
  return {
    'connections.list': () => service.list(),
    'connections.get': ({ id }) => service.get(id),
    'connections.save': (input) => service.save(input),
    'connections.delete': ({ id }) => service.delete(id),
    'connections.setToken': ({ id, token }) => service.setToken(id, token),
    'connections.removeToken': ({ id }) => service.removeToken(id),
    'connections.check': ({ id }) => service.check(id),
    'connections.keychainStatus': () => service.keychainStatus(),
  }
}
