import type { CustomerField, Sha256 } from '../normalize'
import type { AssetKind, Problem } from '../rules/ruleTypes'

/** Where the request goes; a stored connection provides it (never the token). */
export interface ConnectionTarget {
  datasetId: string
  apiVersion: string
  /** Base URL, e.g. https://graph.facebook.com or the sandbox's http://127.0.0.1:PORT */
  endpoint: string
  /** The business assets of the connection, with the country the engineer entered (§11). */
  assets?: { kind: AssetKind; id: string; country?: string }[]
}

export interface BuildContext {
  now: Date
  sha256: Sha256
  /** Sample contact for `{{contact.x}}` variables. */
  contact?: Record<string, unknown>
  /** Sample workflow values for `{{workflow.x}}` variables. */
  workflow?: Record<string, unknown>
}

/** One customer value as the preview shows it. */
export interface HashedValue {
  /** Draft path, e.g. `customer.em.0`. */
  path: string
  field: CustomerField
  raw: string
  /** After variables were replaced. */
  resolved: string
  normalized: string
  /** What is sent: SHA-256 hex, or the digest given when it was already hashed. */
  hash: string
  /** Variables the value came from, e.g. `contact.email` (several joined with `, `). */
  variable?: string
  alreadyHashed?: 'sha256' | 'md5'
}

export interface EventRequest {
  /** `{endpoint}/{version}/{datasetId}/events`; never a token. */
  url: string
  /** The JSON body Meta gets. */
  body: { data: Record<string, unknown>[]; test_event_code?: string; partner_agent?: string }
  problems: Problem[]
  hashed: HashedValue[]
}
