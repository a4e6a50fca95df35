import type { AssetFacts } from '../../shared/capi/rules/ruleTypes'
import { channelAssetKind, type StepContact, type WorkflowStep } from '../../shared/step'
import type { StepConnection } from '../../shared/step'
import { createCheckGraphFactory, type GraphLookups } from '../connections/graphClientCheck'

/** Where the sandbox is and the token to ask it with (from the keychain or --token-env). */
export type SandboxCredentials = () => Promise<{ baseUrl: string; token: string }>

/**
 * "A sandbox check": for a sandbox connection that does not list the account the step selects for
 * the contact's channel, asks the sandbox which datasets the account is linked to
 * (`GET /{asset_id}/dataset`, spec §9) so a link the connection merely omits is not reported as
 * missing. Meta connections are judged on their listed assets only (no network call to simulate).
 * Returns the facts learned and a note when the check could not be made.
 */
export async function sandboxLinkFacts(
  connection: StepConnection,
  credentials: SandboxCredentials,
  step: WorkflowStep,
  contact: StepContact,
  graph: GraphLookups,
): Promise<{ facts: Record<string, AssetFacts>; note?: string }> {
  const kind = channelAssetKind[contact.channel]
  const id = step.assets[kind]?.trim()
  if (connection.endpoint.kind !== 'sandbox' || !id || connection.assets[kind]?.id === id) {
    return { facts: {} }
  }
  const dataset =
    connection.datasetId.trim() === '' ? 'the dataset' : `dataset ${connection.datasetId}`
  try {
    const { baseUrl, token } = await credentials()
    const lookups = createCheckGraphFactory(graph)({
      baseUrl,
      apiVersion: connection.apiVersion,
      token,
    })
    const linkedDatasetIds = await lookups.getAssetDatasets(kind, id)
    return { facts: { [`${kind}:${id}`]: { linkedDatasetIds } } }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return {
      facts: {},
      note: `could not ask the sandbox whether ${id} is linked to ${dataset} (${why}); judged on the connection's listed assets only.`,
    }
  }
}
