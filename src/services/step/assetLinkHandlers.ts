import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { AssetLinkService } from './assetLinkService'

/** `connections.assetLink`: is an account linked to a connection's dataset (Workflow Step editor). */
export function createAssetLinkHandlers(
  service: AssetLinkService,
): PartialHandlerTable<'connections.assetLink'> {
  return { 'connections.assetLink': (input) => service.lookup(input) }
}
