import type { CliIo } from '../cliCommand'
import { type ConnectionCliDependencies, withConnections } from './connectionCli'
import type { ConnectionResolver } from './sendTarget'

/**
 * `capi send --connection NAME`: the stored endpoint, dataset, version and assets, and the token
 * from the keychain. Pass it to createSendCommand({ resolveConnection }).
 */
export function createConnectionResolver(deps: ConnectionCliDependencies = {}): ConnectionResolver {
  return (name: string, io: CliIo) =>
    withConnections(io, deps, async (service) => {
      const { connection, baseUrl, token } = await service.credentialsFor(name)
      return {
        baseUrl,
        datasetId: connection.datasetId,
        version: connection.apiVersion,
        token,
        assets: (['whatsapp', 'page', 'instagram'] as const).flatMap((kind) => {
          const asset = connection.assets[kind]
          return asset ? [{ kind, id: asset.id, country: asset.country }] : []
        }),
      }
    })
}
