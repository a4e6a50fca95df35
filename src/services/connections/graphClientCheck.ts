import type { GraphCallResult } from '../../shared/capi/sendResult'
import type { AssetKind } from '../../shared/connections/connectionSchema'
import {
  type CheckGraph,
  type CheckGraphFactory,
  GraphCheckError,
  type TokenDebugInfo,
} from './checkGraph'

type CallResult = Pick<
  GraphCallResult,
  'outcome' | 'json' | 'networkError' | 'status' | 'explanation'
>

interface Target {
  baseUrl: string
  version: string
  token: string
}

/** The Graph client's lookup methods (src/services/graph/graphClient.ts), as this adapter uses them. */
export interface GraphLookups {
  debugToken(input: Target): Promise<CallResult>
  getMe(input: Target): Promise<CallResult>
  getPermissions(input: Target): Promise<CallResult>
  getDataset(input: Target & { datasetId: string }): Promise<CallResult>
  getAssetDataset(input: Target & { kind: AssetKind; id: string }): Promise<CallResult>
}

type Json = Record<string, unknown>

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number') return String(value)
  return undefined
}

/** The JSON body of a successful call; a failed one becomes a GraphCheckError. */
function body(result: CallResult): Json {
  if (result.outcome === 'ok') return asObject(result.json)
  if (result.outcome === 'network_error') {
    const message = result.explanation?.title ?? result.networkError?.message ?? 'no answer'
    throw new GraphCheckError('network', message)
  }
  const error = asObject(asObject(result.json).error)
  const code = typeof error.code === 'number' ? error.code : undefined
  const subcode = typeof error.error_subcode === 'number' ? error.error_subcode : undefined
  const message = text(error.message) ?? result.explanation?.title ?? `HTTP ${result.status ?? '?'}`
  throw new GraphCheckError('graph', message, code, subcode)
}

function debugInfo(json: Json): TokenDebugInfo {
  const data = asObject(json.data)
  const info: TokenDebugInfo = { isValid: data.is_valid === true }
  if (typeof data.expires_at === 'number') info.expiresAt = data.expires_at
  if (Array.isArray(data.scopes))
    info.scopes = data.scopes.filter((s): s is string => typeof s === 'string')
  const type = text(data.type)
  if (type) info.type = type
  const appId = text(data.app_id)
  if (appId) info.appId = appId
  const error = text(asObject(data.error).message)
  if (error) info.error = error
  return info
}

/** `/{asset}/dataset` answers `{ data: [{ id }] }`; a single `{ id }` is accepted too. */
function linkedIds(json: Json): string[] {
  const entries = Array.isArray(json.data) ? json.data : json.id !== undefined ? [json] : []
  return entries.map((entry) => text(asObject(entry).id)).filter((id): id is string => Boolean(id))
}

/** Adapts the Graph client (which never throws for Meta or network failures) to a check's calls. */
export function createCheckGraphFactory(client: GraphLookups): CheckGraphFactory {
  return ({ baseUrl, apiVersion, token }): CheckGraph => {
    const target = { baseUrl, version: apiVersion, token }
    return {
      debugToken: async () => debugInfo(body(await client.debugToken(target))),
      getMe: async () => {
        const json = body(await client.getMe(target))
        const id = text(json.id) ?? ''
        const name = text(json.name)
        return name ? { id, name } : { id }
      },
      getPermissions: async () => {
        const data = body(await client.getPermissions(target)).data
        return (Array.isArray(data) ? data : []).map((entry) => ({
          permission: text(asObject(entry).permission) ?? '',
          status: text(asObject(entry).status) ?? '',
        }))
      },
      getDataset: async (datasetId) => {
        const json = body(await client.getDataset({ ...target, datasetId }))
        const name = text(json.name)
        return name ? { id: datasetId, name } : { id: datasetId }
      },
      getAssetDatasets: async (kind, id) =>
        linkedIds(body(await client.getAssetDataset({ ...target, kind, id }))),
    }
  }
}
