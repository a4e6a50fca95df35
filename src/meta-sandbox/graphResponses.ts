import { randomBytes } from 'node:crypto'
import { evidenceHeader, type EvidenceLevel } from '../shared/capi/evidence/evidence'
import type { ServerResponse } from 'node:http'
import type {
  GraphErrorBody,
  RuleFailure,
  RuleId,
  ToGraphErrorBody,
} from '../shared/capi/rules/ruleTypes'

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A random ID shaped like Meta's fbtrace_id (22 letters and digits). */
export function newTraceId(length = 22): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const byte of bytes) id += alphabet[byte % alphabet.length]
  return id
}

const versionPattern = /^v\d+\.\d+$/

/** The headers Meta puts on every Graph answer (spec §2.1), for one request. */
export interface GraphAnswer {
  /** The version in the request path; echoed as facebook-api-version when well-formed. */
  version: string
  traceId: string
  requestId: string
}

export function newGraphAnswer(version: string): GraphAnswer {
  return { version, traceId: newTraceId(), requestId: newTraceId(24) }
}

export function graphHeaders(answer: GraphAnswer): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-fb-trace-id': answer.traceId,
    'x-fb-request-id': answer.requestId,
    'x-fb-rev': '1029384756',
    'cache-control': 'no-store',
  }
  if (versionPattern.test(answer.version)) headers['facebook-api-version'] = answer.version
  return headers
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  const text = JSON.stringify(body)
  // setHeader (not writeHead's argument) so the request log can read x-capi-workbench-rule back.
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.setHeader('content-length', String(Buffer.byteLength(text)))
  res.writeHead(status)
  res.end(text)
}

export interface GraphErrorSpec {
  status: number
  code: number
  subcode?: number
  type: string
  message: string
  title?: string
  userMessage?: string
  isTransient?: boolean
  /** Sent as `x-capi-workbench-rule` so tests and the inspector can tell checks apart. */
  rule?: RuleId
  /** Sent as `x-capi-workbench-evidence` (spec §14): what backs this answer. */
  evidence: EvidenceLevel
}

/** A Graph error body with this answer's fbtrace_id; keys in Meta's order. */
export function graphErrorBody(spec: GraphErrorSpec, traceId: string): GraphErrorBody {
  const error: Omit<GraphErrorBody['error'], 'fbtrace_id'> & { fbtrace_id?: string } = {
    message: spec.message,
    type: spec.type,
    code: spec.code,
  }
  if (spec.subcode !== undefined) error.error_subcode = spec.subcode
  if (spec.isTransient !== undefined) error.is_transient = spec.isTransient
  if (spec.title !== undefined) error.error_user_title = spec.title
  if (spec.userMessage !== undefined) error.error_user_msg = spec.userMessage
  return { error: { ...error, fbtrace_id: traceId } }
}

/** Meta's WWW-Authenticate header on 401 answers (header-safe ASCII). */
function authenticateHeader(message: string): string {
  const quoted = message.replace(/[^\x20-\x7e]/g, '?').replace(/"/g, "'")
  return `OAuth "Facebook Platform" "invalid_token" "${quoted}"`
}

export function sendGraphError(
  res: ServerResponse,
  answer: GraphAnswer,
  spec: GraphErrorSpec,
  extraHeaders: Record<string, string> = {},
): void {
  const headers: Record<string, string> = {
    ...graphHeaders(answer),
    ...extraHeaders,
    [evidenceHeader]: spec.evidence,
  }
  if (spec.rule) headers['x-capi-workbench-rule'] = spec.rule
  if (spec.status === 401) headers['www-authenticate'] = authenticateHeader(spec.message)
  sendJson(res, spec.status, graphErrorBody(spec, answer.traceId), headers)
}

/** A failure of the shared rule table, in its §14 template, with the `x-capi-workbench-rule` header. */
export function sendRuleFailure(
  res: ServerResponse,
  answer: GraphAnswer,
  failure: RuleFailure,
  toGraphErrorBody: ToGraphErrorBody,
): void {
  const headers: Record<string, string> = {
    ...graphHeaders(answer),
    'x-capi-workbench-rule': failure.rule,
    [evidenceHeader]: failure.evidence.level,
  }
  if (failure.httpStatus === 401) headers['www-authenticate'] = authenticateHeader(failure.message)
  sendJson(res, failure.httpStatus, toGraphErrorBody(failure, answer.traceId), headers)
}

/** Meta's answer for a path the Graph API does not know. */
export function unknownPathError(path: string): GraphErrorSpec {
  return {
    status: 400,
    code: 2500,
    type: 'OAuthException',
    message: `Unknown path components: ${path}`,
    evidence: 'observed',
  }
}

/** Meta's 100/33 for an object that does not exist or that the token may not see (spec §13). */
export function unsupportedRequestError(method: string, objectId: string): GraphErrorSpec {
  const verb = method === 'POST' ? 'post' : 'get'
  return {
    status: 400,
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    message: `Unsupported ${verb} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    evidence: 'observed',
  }
}
