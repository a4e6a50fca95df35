import type { RequestContext } from '../shared/capi/rules/ruleTypes'
import {
  graphHeaders,
  sendGraphError,
  sendJson,
  sendRuleFailure,
  unknownPathError,
  unsupportedRequestError,
} from './graphResponses'
import type { GraphRequest, SandboxState } from './sandboxContext'
import type { SandboxDataset, SandboxToken } from './sandboxFixtures'
import { expiredTokenError, tokenState } from './tokenChecks'

const appId = '1000000000000000'

/** Runs R1 of the shared rule table for a lookup; answers and returns undefined when it fails. */
function authorize(request: GraphRequest, state: SandboxState): SandboxToken | undefined {
  const token = tokenState(state.world, request.token)
  if (token.entry?.expired) {
    sendGraphError(request.res, request.answer, expiredTokenError(state.now()))
    return undefined
  }
  if (token.entry) return token.entry
  const context: RequestContext = {
    nowSeconds: Math.floor(state.now() / 1000),
    strict: state.world.strict,
    token: token.status,
    version: request.version,
    datasetId: '',
    datasetAccessible: false,
  }
  const failure = state.findFirstFailure({}, context)
  if (failure?.rule === 'R1') {
    sendRuleFailure(request.res, request.answer, failure, state.toGraphErrorBody)
  } else {
    sendGraphError(request.res, request.answer, unknownPathError(request.url.pathname))
  }
  return undefined
}

function ok(request: GraphRequest, body: unknown): void {
  sendJson(request.res, 200, body, graphHeaders(request.answer))
}

function requestedFields(request: GraphRequest, defaults: string[]): string[] {
  const fields = request.url.searchParams.get('fields')
  if (!fields) return defaults
  return fields
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
}

function pick(source: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const field of fields) if (source[field] !== undefined) result[field] = source[field]
  result.id = source.id
  return result
}

function userId(token: SandboxToken): string {
  return token.userId ?? '61550000000000'
}

/** `GET /debug_token?input_token=T`: Meta's token inspection shape. */
function debugToken(request: GraphRequest, state: SandboxState): void {
  const input = request.url.searchParams.get('input_token') ?? ''
  const inspected = state.world.findToken(input)
  const nowSeconds = Math.floor(state.now() / 1000)
  if (!inspected) {
    ok(request, {
      data: {
        error: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
        is_valid: false,
        scopes: [],
      },
    })
    return
  }
  const expiresAt = inspected.expired ? nowSeconds - 3600 : 0
  const data: Record<string, unknown> = {
    app_id: appId,
    type: 'SYSTEM_USER',
    application: 'CAPI Workbench Sandbox',
    data_access_expires_at: 0,
    expires_at: expiresAt,
    is_valid: !inspected.expired,
    issued_at: nowSeconds - 86_400,
    scopes: inspected.permissions,
    granular_scopes: inspected.permissions.map((scope) => ({ scope })),
    user_id: userId(inspected),
  }
  if (inspected.expired) {
    data.error = { code: 190, subcode: 463, message: 'Session has expired.' }
  }
  ok(request, { data })
}

function datasetObject(dataset: SandboxDataset, nowMs: number): Record<string, unknown> {
  return {
    id: dataset.id,
    name: dataset.name,
    last_fired_time: new Date(nowMs - 600_000).toISOString().replace(/\.\d+Z$/, '+0000'),
    owner_business: dataset.ownerBusiness ?? { id: '900000000000001', name: 'Sandbox Business' },
    is_unavailable: false,
  }
}

/** The Graph lookups of spec §9 (token, identity, permissions, dataset, asset link). */
export function handleLookup(request: GraphRequest, state: SandboxState): void {
  const { method, segments, answer, res } = request
  const [first, second] = segments
  const caller = authorize(request, state)
  if (!caller) return

  if (method === 'GET' && first === 'debug_token' && segments.length === 1) {
    debugToken(request, state)
  } else if (method === 'GET' && first === 'me' && segments.length === 1) {
    ok(
      request,
      pick(
        { id: userId(caller), name: caller.name ?? 'Sandbox user' },
        requestedFields(request, ['id', 'name']),
      ),
    )
  } else if (
    method === 'GET' &&
    first === 'me' &&
    second === 'permissions' &&
    segments.length === 2
  ) {
    ok(request, {
      data: caller.permissions.map((permission) => ({ permission, status: 'granted' })),
    })
  } else if (first !== undefined && second === 'dataset' && segments.length === 2) {
    const found = state.world.findAsset(first)
    if (!found) {
      sendGraphError(res, answer, unsupportedRequestError(method, first))
    } else if (method === 'POST') {
      // Meta creates the dataset or returns the one already linked; fixtures always link one.
      ok(request, { id: found.datasets[0]!.id })
    } else {
      ok(request, {
        data: found.datasets.map((dataset) => ({ id: dataset.id, name: dataset.name })),
      })
    }
  } else if (method === 'GET' && first !== undefined && segments.length === 1) {
    const fields = requestedFields(request, ['id', 'name'])
    const dataset = state.world.findDataset(first)
    if (dataset && state.world.isDatasetGranted(first, caller)) {
      ok(request, pick(datasetObject(dataset, state.now()), fields))
      return
    }
    const asset = dataset ? undefined : state.world.findAsset(first)
    if (asset) {
      ok(request, pick({ id: asset.asset.id, name: asset.asset.name ?? asset.asset.id }, fields))
      return
    }
    sendGraphError(res, answer, unsupportedRequestError(method, first))
  } else {
    sendGraphError(res, answer, unknownPathError(request.url.pathname))
  }
}
