import type { ConnectionService } from '../../services/connections/connectionService'
import type { CliIo } from '../cliCommand'
import { type ConnectionCliDependencies, withConnections } from './connectionCli'
import type { ConnectionResolver } from './sendTarget'

/** A stored connection as `capi send` wants it: endpoint, dataset, version, assets, keychain token. */
export async function connectionSendTarget(service: ConnectionService, name: string) {
  const { connection, baseUrl, token } = await service.credentialsFor(name)
  return {
    baseUrl,
    datasetId: connection.datasetId,
    version: connection.apiVersion,
    token,
    connectionName: connection.name,
    assets: (['whatsapp', 'page', 'instagram'] as const).flatMap((kind) => {
      const asset = connection.assets[kind]
      return asset ? [{ kind, id: asset.id, country: asset.country }] : []
    }),
  }
}

/**
 * `capi send --connection NAME` over a connections service of its own (tests pass a throwaway
 * keychain); `capi send` itself resolves through the services it sends with.
 */
export function createConnectionResolver(deps: ConnectionCliDependencies = {}): ConnectionResolver {
  return (name: string, io: CliIo) =>
    withConnections(io, deps, (service) => connectionSendTarget(service, name))
}
