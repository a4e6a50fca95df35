import { evidenceHeader } from '../../shared/capi/evidence/evidence'
import type { Dispatcher } from 'undici'
import { appVersion } from '../../shared/appVersion'
import {
  explainGraphError,
  explainNetworkError,
  explainPartialAcceptance,
} from '../../shared/capi/errors'
import { type GraphCallResult, type SendResult, slowAnswerMs } from '../../shared/capi/sendResult'
import { AppError } from '../../shared/result'
import { redactDeep, redactRawText, redactRequest, redactToken } from '../../shared/redact'
import { type TimeoutFigures } from './classifyNetworkError'
import { createGraphDispatcher } from './createGraphDispatcher'
import { type Exchange, exchange } from './exchange'

/** Defaults documented in the README (Graph client). Total: spec §10, 10,000 ms. */
export const defaultTimeouts: TimeoutFigures = {
  connectMs: 5_000,
  headersMs: 10_000,
  bodyMs: 10_000,
  totalMs: 10_000,
}
export const defaultMaxResponseBytes = 5 * 1024 * 1024

export interface GraphClientDependencies {
  /** Injected in tests (MockAgent) or to share a pool; else the client builds and owns one. */
  dispatcher?: Dispatcher
  /** Wall clock for `startedAt` (epoch ms). Phase timings use performance.now(). */
  now?: () => number
  timeouts?: Partial<TimeoutFigures>
  maxResponseBytes?: number
  /** Explicit HTTPS proxy; otherwise HTTPS_PROXY / HTTP_PROXY / NO_PROXY from `env`. */
  proxyUrl?: string
  env?: NodeJS.ProcessEnv
}

export interface GraphTarget {
  /** e.g. https://graph.facebook.com or the sandbox's http://127.0.0.1:PORT */
  baseUrl: string
  version: string
  token: string
  signal?: AbortSignal
}

export interface SendEventsInput extends GraphTarget {
  datasetId: string
  /** The Meta request body: an object, or JSON text sent byte for byte. */
  body: unknown
  /** Extra request headers (e.g. `x-sandbox-fault`). */
  headers?: Record<string, string>
  /** This send's total timeout (a tab's send setting); the client's own figures otherwise. */
  timeoutMs?: number
}

export type AssetKind = 'whatsapp' | 'page' | 'instagram'

/** Fields the SDK reads for a dataset (spec §9). */
const datasetFields = 'id,name,last_fired_time,owner_business,is_unavailable'

function countEvents(body: unknown): number {
  const data = (body as { data?: unknown } | null)?.data
  if (Array.isArray(data)) return data.length
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data)
      return Array.isArray(parsed) ? parsed.length : 0
    } catch {
      return 0
    }
  }
  return 0
}

/** Response headers as recorded: a proxy or an echoing server may repeat the token in one. */
function redactHeaders(headers: Record<string, string>, token: string): Record<string, string> {
  const redacted: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) redacted[name] = redactToken(value, token)
  return redacted
}

function parseBodyText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The Graph API client (issue 5): one POST for events plus the connection checks of spec §9. The
 * token goes only in the Authorization header; every recorded request is redacted. No automatic
 * retries: the result says whether a resend makes sense.
 */
export class GraphClient {
  private readonly dispatcher: Dispatcher
  private readonly ownsDispatcher: boolean
  private readonly now: () => number
  private readonly timeouts: TimeoutFigures
  private readonly maxResponseBytes: number
  private lastBase: { baseUrl: string; origin: string; prefix: string } | undefined

  constructor(deps: GraphClientDependencies = {}) {
    this.timeouts = { ...defaultTimeouts, ...deps.timeouts }
    this.maxResponseBytes = deps.maxResponseBytes ?? defaultMaxResponseBytes
    this.now = deps.now ?? Date.now
    this.ownsDispatcher = deps.dispatcher === undefined
    this.dispatcher =
      deps.dispatcher ??
      createGraphDispatcher({
        timeouts: this.timeouts,
        proxyUrl: deps.proxyUrl,
        env: deps.env ?? process.env,
      })
  }

  /** Closes the connection pool the client created (not an injected dispatcher). */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close()
  }

  /** `POST {baseUrl}/{version}/{datasetId}/events`. Never throws for network or Meta failures. */
  async sendEvents(input: SendEventsInput): Promise<SendResult> {
    const bodyText = typeof input.body === 'string' ? input.body : JSON.stringify(input.body)
    const bodyValue = typeof input.body === 'string' ? parseBodyText(input.body) : input.body
    const eventsSent = countEvents(bodyValue)
    const url = this.url(input, `${encodeURIComponent(input.datasetId)}/events`)
    const startedAt = this.now()
    const result = await this.exchange(
      input,
      'POST',
      url,
      bodyText,
      { ...input.headers, 'content-type': 'application/json' },
      input.timeoutMs,
    )
    const { outcome: callOutcome, ...rest } = this.toCallResult(result, input.token, startedAt)
    const received = (rest.json as { events_received?: unknown } | undefined)?.events_received
    const eventsReceived = typeof received === 'number' ? received : undefined
    const send: SendResult = { ...rest, outcome: 'accepted', eventsSent }
    if (eventsReceived !== undefined) send.eventsReceived = eventsReceived
    if (callOutcome !== 'ok') {
      send.outcome = callOutcome
    } else if (eventsReceived === undefined || eventsReceived < eventsSent) {
      send.outcome = 'partial'
      send.explanation = explainPartialAcceptance(eventsReceived, eventsSent)
    }
    return send
  }

  /** `GET /debug_token`. Meta takes the inspected token only as `input_token` in the query; the
   * recorded URL is redacted and the caller's own token goes in the Authorization header. */
  debugToken(input: GraphTarget & { inputToken?: string }): Promise<GraphCallResult> {
    const query = new URLSearchParams({ input_token: input.inputToken ?? input.token })
    return this.get(input, `debug_token?${query.toString()}`)
  }

  getMe(input: GraphTarget): Promise<GraphCallResult> {
    return this.get(input, 'me?fields=id,name')
  }

  getPermissions(input: GraphTarget): Promise<GraphCallResult> {
    return this.get(input, 'me/permissions')
  }

  getDataset(input: GraphTarget & { datasetId: string }): Promise<GraphCallResult> {
    return this.get(input, `${encodeURIComponent(input.datasetId)}?fields=${datasetFields}`)
  }

  /** `GET /{asset_id}/dataset`: the dataset linked to a WABA, Page or Instagram account. */
  getAssetDataset(input: GraphTarget & { kind: AssetKind; id: string }): Promise<GraphCallResult> {
    return this.get(input, `${encodeURIComponent(input.id)}/dataset`)
  }

  private async get(target: GraphTarget, path: string): Promise<GraphCallResult> {
    const url = this.url(target, path)
    const startedAt = this.now()
    const result = await this.exchange(target, 'GET', url, undefined, {})
    return this.toCallResult(result, target.token, startedAt)
  }

  /** Origin and path of a Graph call; the parsed base URL is cached (this is on every send). */
  private url(target: GraphTarget, path: string): { origin: string; path: string } {
    let base = this.lastBase?.baseUrl === target.baseUrl ? this.lastBase : undefined
    if (!base) {
      let parsed: URL
      try {
        parsed = new URL(target.baseUrl)
      } catch {
        throw new AppError(
          'invalid_endpoint',
          'The endpoint is not a URL (e.g. https://graph.facebook.com).',
        )
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new AppError('invalid_endpoint', 'The endpoint must be an http or https URL.')
      }
      const prefix = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`
      base = { baseUrl: target.baseUrl, origin: parsed.origin, prefix }
      this.lastBase = base
    }
    return {
      origin: base.origin,
      path: `${base.prefix}${encodeURIComponent(target.version)}/${path}`,
    }
  }

  private exchange(
    target: GraphTarget,
    method: 'GET' | 'POST',
    url: { origin: string; path: string },
    body: string | undefined,
    headers: Record<string, string>,
    timeoutMs?: number,
  ): Promise<Exchange> {
    // A longer per-send timeout also lifts the header and body waits, or they would end it first.
    const timeouts =
      timeoutMs === undefined
        ? this.timeouts
        : {
            ...this.timeouts,
            totalMs: timeoutMs,
            headersMs: Math.max(this.timeouts.headersMs, timeoutMs),
            bodyMs: Math.max(this.timeouts.bodyMs, timeoutMs),
          }
    return exchange({
      dispatcher: this.dispatcher,
      timeouts,
      maxResponseBytes: this.maxResponseBytes,
      method,
      origin: url.origin,
      path: url.path,
      body,
      headers: {
        'user-agent': `capi-workbench/${appVersion}`,
        ...headers,
        authorization: `Bearer ${target.token}`,
      },
      signal: target.signal,
    })
  }

  private toCallResult(result: Exchange, token: string, startedAt: number): GraphCallResult {
    const call: GraphCallResult = {
      outcome: 'ok',
      request: redactRequest(result.request, token),
      headers: redactHeaders(result.headers, token),
      timing: result.timing,
      slow: result.timing.totalMs > slowAnswerMs,
      startedAt: new Date(startedAt).toISOString(),
    }
    if (result.status !== undefined) call.status = result.status
    // A proxy page or an echoing server may repeat the token (or another one): the recorded answer
    // goes through the same redaction as the request.
    // Escaped forms (`\u0045AA…`, `\/`) are decoded first, and every decoded string is redacted again.
    const rawBody = result.rawBody === undefined ? undefined : redactRawText(result.rawBody, token)
    if (rawBody !== undefined) call.rawBody = rawBody
    const json = rawBody === undefined ? undefined : redactDeep(parseBodyText(rawBody), token)
    if (json !== undefined) call.json = json
    const trace =
      (json as { fbtrace_id?: unknown; error?: { fbtrace_id?: unknown } } | undefined) ?? {}
    const fbtraceId = trace.fbtrace_id ?? trace.error?.fbtrace_id ?? result.headers['x-fb-trace-id']
    if (typeof fbtraceId === 'string') call.fbtraceId = fbtraceId
    if (result.networkError) {
      call.outcome = 'network_error'
      call.networkError = {
        ...result.networkError,
        message: redactToken(result.networkError.message, token),
      }
      call.explanation = explainNetworkError(result.networkError.kind, result.status)
    } else if (json === undefined) {
      call.outcome = 'network_error'
      call.networkError = {
        kind: 'not_json',
        message: `HTTP ${result.status}: the answer is not JSON (content-type: ${result.headers['content-type'] ?? 'none'}).`,
      }
      call.explanation =
        result.status !== undefined && result.status >= 400
          ? explainGraphError(undefined, result.status)
          : explainNetworkError('not_json', result.status)
    } else if (
      result.status === undefined ||
      result.status >= 300 ||
      (typeof json === 'object' && json !== null && 'error' in json)
    ) {
      call.outcome = 'meta_error'
      call.explanation = explainGraphError(json, result.status ?? 0, {
        ruleHeader: result.headers['x-capi-workbench-rule'],
        evidenceHeader: result.headers[evidenceHeader],
      })
    }
    if (call.explanation) call.explanation = redactDeep(call.explanation, token)
    return call
  }
}
