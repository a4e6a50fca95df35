import { z } from 'zod'
import { AssetKind, CheckOutcome } from './connectionSchema'

export const MessagingChannel = z.enum(['whatsapp', 'messenger', 'instagram'])
export type MessagingChannel = z.infer<typeof MessagingChannel>

export const CheckProblem = z.object({
  /** `info`: a note that needs no action (spec rev. 2: a WhatsApp Business account's region). */
  severity: z.enum(['error', 'warning', 'info']),
  /** Stable: `token_invalid`, `permission_missing`, `asset_not_linked`, ... */
  code: z.string(),
  message: z.string(),
  fix: z.string(),
})
export type CheckProblem = z.infer<typeof CheckProblem>

/** The answer to "can this connection send events?", shown inline in the editor and by `capi connection check`. */
export const ConnectionCheckReport = z.object({
  at: z.string(),
  outcome: CheckOutcome,
  summary: z.string(),
  endpoint: z.string(),
  apiVersion: z.string(),
  token: z.object({
    /** null: Meta could not be asked (network error). */
    valid: z.boolean().nullable(),
    /** How validity was learned: `debug_token` (full answer) or `me` (token works, no expiry known). */
    via: z.enum(['debug_token', 'me', 'none']),
    /** ISO time; null when it never expires or is unknown (see `neverExpires`). */
    expiresAt: z.string().nullable(),
    neverExpires: z.boolean(),
    type: z.string().optional(),
    appId: z.string().optional(),
  }),
  identity: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  permissions: z.object({
    /** false when the permission list could not be read. */
    known: z.boolean(),
    granted: z.array(z.string()),
    declined: z.array(z.string()),
  }),
  channels: z.array(
    z.object({
      channel: MessagingChannel,
      /** The connection has an asset for this channel. */
      inUse: z.boolean(),
      required: z.array(z.string()),
      missing: z.array(z.string()),
    }),
  ),
  dataset: z.object({
    id: z.string(),
    /** null: not asked (token invalid) or the call failed for another reason. */
    found: z.boolean().nullable(),
    name: z.string().optional(),
  }),
  assets: z.array(
    z.object({
      kind: AssetKind,
      id: z.string(),
      country: z.string(),
      /** null: could not be asked. */
      linked: z.boolean().nullable(),
      linkedDatasetIds: z.array(z.string()),
    }),
  ),
  problems: z.array(CheckProblem),
})
export type ConnectionCheckReport = z.infer<typeof ConnectionCheckReport>
