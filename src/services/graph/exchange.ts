import { EventEmitter } from 'node:events'
import type { Dispatcher } from 'undici'
import type { NetworkError, Timing } from '../../shared/capi/sendResult'
import type { RecordedRequest } from '../../shared/redact'
import {
  ClientSideFailure,
  type TimeoutFigures,
  classifyNetworkError,
} from './classifyNetworkError'
import {
  armTimeline,
  disarmTimeline,
  startTimeline,
  timelineNow,
  timelineTiming,
} from './requestTimeline'

export interface ExchangeInput {
  dispatcher: Dispatcher
  timeouts: TimeoutFigures
  maxResponseBytes: number
  method: 'GET' | 'POST'
  /** e.g. `https://graph.facebook.com` */
  origin: string
  /** Path and query, e.g. `/v26.0/123/events` */
  path: string
  body: string | undefined
  headers: Record<string, string>
  signal?: AbortSignal
}

/** One HTTP exchange, not yet redacted or interpreted. */
export interface Exchange {
  /** As sent, token included: redact before it leaves the client. */
  request: RecordedRequest
  status?: number
  headers: Record<string, string>
  rawBody?: string
  networkError?: NetworkError
  timing: Timing
}

function lowercaseHeaders(headers: Record<string, string | string[] | undefined>) {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return result
}

function tooLarge(limit: number): ClientSideFailure {
  return new ClientSideFailure(
    'too_large',
    `The answer is larger than the ${limit.toLocaleString('en-US')}-byte limit; reading stopped.`,
  )
}

class AbortEmitter extends EventEmitter {
  reason: ClientSideFailure | undefined
  get aborted(): boolean {
    return this.reason !== undefined
  }
  fire(reason: ClientSideFailure): void {
    if (this.reason) return
    this.reason = reason
    this.emit('abort')
  }
}

/** Collects the body with 'data' events (cheaper than an async iterator on the hot path). */
function readLimited(
  body: Dispatcher.ResponseData['body'],
  limit: number,
  declared: number,
): Promise<string> {
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    body.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        body.destroy()
        reject(tooLarge(limit))
        return
      }
      chunks.push(chunk)
    })
    body.once('error', reject)
    body.once('end', () =>
      resolve(
        chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
      ),
    )
  })
}

/**
 * Sends one request through undici with the total timeout, the caller's cancel and the response
 * size limit, and records the timing. Never throws: failures come back as `networkError`.
 */
export async function exchange(input: ExchangeInput): Promise<Exchange> {
  const { timeouts } = input
  const request: RecordedRequest = {
    method: input.method,
    url: input.origin + input.path,
    headers: input.headers,
  }
  if (input.body !== undefined) request.body = input.body
  // An EventEmitter as undici's abort signal: much cheaper than an AbortController per request
  // (undici accepts either; docs/api/Dispatcher.md `signal`). `reason` is what undici rejects with.
  const abort = new AbortEmitter()
  const onCancel = () =>
    abort.fire(new ClientSideFailure('cancelled', 'The request was cancelled.'))
  const timer = setTimeout(
    () =>
      abort.fire(
        new ClientSideFailure('timeout', `No complete answer within ${timeouts.totalMs} ms.`),
      ),
    timeouts.totalMs,
  )
  if (input.signal?.aborted) onCancel()
  else input.signal?.addEventListener('abort', onCancel, { once: true })
  const capture = startTimeline()
  let status: number | undefined
  let headers: Record<string, string> = {}
  let headersAt: number | undefined
  let response: Dispatcher.ResponseData | undefined
  try {
    let pending: Promise<Dispatcher.ResponseData>
    armTimeline(capture)
    try {
      pending = input.dispatcher.request({
        origin: input.origin,
        path: input.path,
        method: input.method,
        headers: input.headers,
        body: input.body,
        signal: abort,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
      })
    } finally {
      disarmTimeline()
    }
    response = await pending
    headersAt = timelineNow()
    status = response.statusCode
    headers = lowercaseHeaders(response.headers)
    const declared = Number(headers['content-length'] ?? Number.NaN)
    const rawBody = await readLimited(response.body, input.maxResponseBytes, declared)
    return {
      request,
      status,
      headers,
      rawBody,
      timing: timelineTiming(capture, timelineNow(), headersAt),
    }
  } catch (error) {
    response?.body.destroy()
    const reason = abort.reason
    const networkError = classifyNetworkError(error, reason, timeouts)
    const timing = timelineTiming(capture, timelineNow(), headersAt)
    const failed: Exchange = { request, headers, networkError, timing }
    if (status !== undefined) failed.status = status
    return failed
  } finally {
    clearTimeout(timer)
    input.signal?.removeEventListener('abort', onCancel)
  }
}
