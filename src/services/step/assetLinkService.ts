import type { AssetLinkAnswer } from '../../shared/contract/assetLinkChannels'
import type { AssetKind, ConnectionView } from '../../shared/connections/connectionSchema'
import type { ConnectionService } from '../connections/connectionService'
import { createCheckGraphFactory, type GraphLookups } from '../connections/graphClientCheck'

export interface AssetLinkServiceOptions {
  connections: Pick<ConnectionService, 'get' | 'credentialsFor'>
  graph: GraphLookups
  now: () => Date
}

const labels: Record<AssetKind, string> = {
  whatsapp: 'WhatsApp Business account',
  page: 'Facebook Page',
  instagram: 'Instagram account',
}

/**
 * Whether an account is linked to a connection's dataset, for the Workflow Step editor: a sandbox
 * connection asks the sandbox (`GET /{asset_id}/dataset`, spec §9, the same call as the connection
 * check); a Meta connection says what the connection lists and what its last check found, and
 * makes no call (the engineer runs the check in Connections). Never throws for a failed lookup:
 * the answer then says it is unknown and why.
 */
export class AssetLinkService {
  constructor(private readonly options: AssetLinkServiceOptions) {}

  async lookup(input: {
    connectionId: string
    kind: AssetKind
    assetId: string
  }): Promise<AssetLinkAnswer> {
    const connection = await this.options.connections.get(input.connectionId)
    const base = {
      kind: input.kind,
      assetId: input.assetId,
      datasetId: connection.datasetId,
      at: this.options.now().toISOString(),
    }
    if (connection.endpoint.kind === 'sandbox')
      return { ...base, ...(await this.askSandbox(connection, input)) }
    return { ...base, ...this.fromConnection(connection, input) }
  }

  private async askSandbox(
    connection: ConnectionView,
    input: { kind: AssetKind; assetId: string },
  ): Promise<Omit<AssetLinkAnswer, 'kind' | 'assetId' | 'datasetId' | 'at'>> {
    const label = labels[input.kind]
    const call = `GET /${connection.apiVersion}/${input.assetId}/dataset`
    try {
      const { baseUrl, token } = await this.options.connections.credentialsFor(connection.id)
      const lookups = createCheckGraphFactory(this.options.graph)({
        baseUrl,
        apiVersion: connection.apiVersion,
        token,
      })
      const linkedDatasetIds = await lookups.getAssetDatasets(input.kind, input.assetId)
      const linked = linkedDatasetIds.includes(connection.datasetId)
      const elsewhere = linkedDatasetIds.filter((id) => id !== connection.datasetId)
      return {
        linked,
        linkedDatasetIds,
        source: 'sandbox',
        message: linked
          ? `The sandbox says the ${label} ${input.assetId} is linked to dataset ${connection.datasetId}.`
          : `The sandbox says the ${label} ${input.assetId} is not linked to dataset ${connection.datasetId}${elsewhere.length > 0 ? ` (it is linked to ${elsewhere.join(', ')})` : ''}.`,
        evidence: `Asked the sandbox just now: ${call} (the call Meta documents for an asset's dataset, spec §9); the sandbox answers from its fixtures.`,
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return {
        linked: null,
        linkedDatasetIds: [],
        source: 'sandbox',
        message: `Could not ask the sandbox whether the ${label} ${input.assetId} is linked to dataset ${connection.datasetId}: ${why}`,
        evidence: `${call} failed; the step is judged on the connection's listed accounts.`,
      }
    }
  }

  private fromConnection(
    connection: ConnectionView,
    input: { kind: AssetKind; assetId: string },
  ): Omit<AssetLinkAnswer, 'kind' | 'assetId' | 'datasetId' | 'at'> {
    const label = labels[input.kind]
    const listed = connection.assets[input.kind]
    const check = connection.lastCheck
    const checked = check
      ? `Last connection check, ${check.at.slice(0, 16).replace('T', ' ')} UTC (${check.outcome}): ${check.summary}`
      : 'The connection was never checked: Check it in Connections to ask Meta which dataset each listed account is linked to.'
    const isListed = listed?.id === input.assetId
    return {
      linked: isListed,
      linkedDatasetIds: isListed ? [connection.datasetId] : [],
      source: 'connection',
      message: isListed
        ? `The connection lists the ${label} ${input.assetId} as linked to dataset ${connection.datasetId}.`
        : `The connection does not list the ${label} ${input.assetId}${listed ? ` (it lists ${listed.id})` : ''}, so it counts as not linked to dataset ${connection.datasetId}.`,
      evidence: `What the connection lists (entered by you), not asked of Meta while you edit. ${checked}`,
    }
  }
}
