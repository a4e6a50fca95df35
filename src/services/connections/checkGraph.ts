import type { AssetKind } from '../../shared/connections/connectionSchema'

/** What `/debug_token` says about a token. `expiresAt` is Unix seconds; 0 means it never expires. */
export interface TokenDebugInfo {
  isValid: boolean
  expiresAt?: number
  scopes?: string[]
  type?: string
  appId?: string
  /** Meta's reason when the token is not valid (`data.error.message`). */
  error?: string
}

/**
 * The Graph calls a connection check makes (capi-spec.md §9), bound to one endpoint, version and
 * token. The composition root adapts the Graph client to it; tests pass a fake.
 * Failures throw GraphCheckError.
 */
export interface CheckGraph {
  debugToken(): Promise<TokenDebugInfo>
  getMe(): Promise<{ id: string; name?: string }>
  /** `/me/permissions`: each permission with `granted` or `declined`. */
  getPermissions(): Promise<Array<{ permission: string; status: string }>>
  getDataset(datasetId: string): Promise<{ id: string; name?: string }>
  /** `/{asset_id}/dataset`: the ids of the datasets linked to the asset. */
  getAssetDatasets(kind: AssetKind, assetId: string): Promise<string[]>
}

export interface CheckTarget {
  baseUrl: string
  apiVersion: string
  token: string
}

export type CheckGraphFactory = (target: CheckTarget) => CheckGraph

/** A failed Graph call: Meta (or the sandbox) answered with an error, or it could not be reached. */
export class GraphCheckError extends Error {
  override name = 'GraphCheckError'

  constructor(
    readonly kind: 'graph' | 'network',
    message: string,
    readonly code?: number,
    readonly subcode?: number,
  ) {
    super(message)
  }
}
