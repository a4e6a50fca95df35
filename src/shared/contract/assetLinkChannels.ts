import { z } from 'zod'
import { AssetKind, ConnectionId, GraphId } from '../connections/connectionSchema'
import { channel } from './channel'

/**
 * Is this account linked to the connection's dataset? (respond.io's FAQ: an account not linked to
 * the dataset is missing from the step's dropdown; Meta answers 2804131 / 2804132 / 2804133.)
 * `source` says how it is known: `sandbox` = the sandbox answered `GET /{asset_id}/dataset` just
 * now; `connection` = what the engineer entered as the connection's accounts, with the last
 * connection check (a Meta connection is never asked while a step is edited).
 */
export const AssetLinkAnswer = z.object({
  kind: AssetKind,
  assetId: z.string(),
  datasetId: z.string(),
  /** null: not known (the sandbox could not be asked). */
  linked: z.boolean().nullable(),
  /** The datasets the sandbox said the account is linked to (empty when not asked). */
  linkedDatasetIds: z.array(z.string()),
  source: z.enum(['sandbox', 'connection']),
  /** The answer in words. */
  message: z.string(),
  /** Where the answer comes from, in words: the call made, or the check it relies on. */
  evidence: z.string(),
  at: z.string(),
})
export type AssetLinkAnswer = z.infer<typeof AssetLinkAnswer>

export const assetLinkChannels = {
  /** Asks whether an account is linked to a connection's dataset (see AssetLinkAnswer). */
  'connections.assetLink': channel(
    z.object({ connectionId: ConnectionId, kind: AssetKind, assetId: GraphId }).strict(),
    AssetLinkAnswer,
  ),
}
