import { evidenceHeader } from '../shared/capi/evidence/evidence'
import type { RequestContext } from '../shared/capi/rules/ruleTypes'
import { graphHeaders, sendGraphError, sendJson, sendRuleFailure } from './graphResponses'
import type { GraphRequest, SandboxState } from './sandboxContext'
import {
  expiredTokenError,
  missingChannelPermission,
  permissionError,
  tokenState,
} from './tokenChecks'

function eventsOf(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null) return []
  const data = (body as Record<string, unknown>).data
  return Array.isArray(data) ? data : []
}

/**
 * `POST /{version}/{dataset_id}/events` (spec §14): token checks (R1, with the sandbox's own
 * expired-token and channel-permission answers), then the shared rule table R1–R18 in order, the
 * first failure wins; else R19 success. Accepted test events are recorded.
 */
export function handleEvents(request: GraphRequest, state: SandboxState): void {
  const { res, answer, payload } = request
  const datasetId = request.segments[0] ?? ''
  const nowMs = state.now()
  const token = tokenState(state.world, request.token)

  if (token.entry?.expired) {
    sendGraphError(res, answer, expiredTokenError(nowMs))
    return
  }
  const missing = token.entry ? missingChannelPermission(token.entry, payload.body) : undefined
  if (missing) {
    sendGraphError(res, answer, permissionError(missing))
    return
  }

  const context: RequestContext = {
    nowSeconds: Math.floor(nowMs / 1000),
    strict: state.world.strict,
    token: token.status,
    version: request.version,
    datasetId,
    datasetAccessible: state.world.isDatasetGranted(datasetId, token.entry),
    lookupAsset: (kind, id) => state.world.lookupAsset(kind, id),
  }
  const failure = state.findFirstFailure(payload.body, context)
  if (failure) {
    // A body that is not JSON reaches the rules as `{}`: R3 then names the real reason.
    const reported =
      failure.rule === 'R3' && payload.malformed
        ? { ...failure, message: payload.malformed }
        : failure
    sendRuleFailure(res, answer, reported, state.toGraphErrorBody)
    return
  }

  const events = eventsOf(payload.body)
  if (request.receivedFault === 'partial-received' && events.length < 2) {
    sendGraphError(res, answer, {
      status: 400,
      code: 100,
      type: 'OAuthException',
      message:
        'Sandbox fault mode "partial-received" needs at least 2 events in the request (it counts all but one); use "zero-received" for a single event.',
      rule: 'R19',
      evidence: 'assumption',
    })
    return
  }
  const received =
    request.receivedFault === 'zero-received'
      ? 0
      : request.receivedFault === 'partial-received'
        ? events.length - 1
        : events.length
  const testEventCode = (payload.body as Record<string, unknown>).test_event_code
  if (typeof testEventCode === 'string' && testEventCode !== '' && received > 0) {
    state.testEvents.recordRequest({
      testEventCode,
      datasetId,
      events: events.slice(0, received),
      receivedAt: new Date(nowMs),
      fbtraceId: answer.traceId,
      ...(typeof request.req.headers['user-agent'] === 'string'
        ? { userAgent: request.req.headers['user-agent'].slice(0, 200) }
        : {}),
    })
  }
  const headers: Record<string, string> = {
    ...graphHeaders(answer),
    'x-capi-workbench-rule': 'R19',
  }
  // A 200 with fewer events_received is not a success (spec §7, observed).
  if (received < events.length) headers[evidenceHeader] = 'observed'
  sendJson(
    res,
    200,
    { events_received: received, messages: [], fbtrace_id: answer.traceId },
    headers,
  )
}
