import type { EventBus } from '../eventBus'
import type { SecretStore } from '../secrets/secretStore'
import { ConnectionService } from './connectionService'
import { ConnectionStore } from './connectionStore'
import { createCheckGraphFactory, type GraphLookups } from './graphClientCheck'

export interface ConnectionServiceDependencies {
  dataDirectory: string
  now: () => Date
  secretStore: SecretStore
  /** The Graph client (src/services/graph/graphClient.ts) used by connection checks. */
  graph: GraphLookups
  eventBus?: EventBus
}

/** Builds the connections service the same way for the app, browser mode and the CLI. */
export function createConnectionService(deps: ConnectionServiceDependencies): ConnectionService {
  return new ConnectionService({
    store: new ConnectionStore({ dataDirectory: deps.dataDirectory, now: deps.now }),
    secrets: deps.secretStore,
    graphFor: createCheckGraphFactory(deps.graph),
    now: deps.now,
    onChange: (id, change) => deps.eventBus?.emit('connections.changed', { id, change }),
  })
}
