import diagnosticsChannel from 'node:diagnostics_channel'
import { performance } from 'node:perf_hooks'
import type { Timing } from '../../shared/capi/sendResult'

/**
 * Timing of one request from undici's diagnostics channels (docs/api/DiagnosticsChannel.md):
 * `undici:request:create` binds undici's request object to our capture (it is published
 * synchronously inside `dispatcher.request()`, while the capture is armed), then
 * `undici:client:sendHeaders` (request written, with its socket), `undici:request:headers` (first
 * byte) and `undici:request:trailers` (body complete) are looked up by that request object.
 * Connections: `undici:client:beforeConnect` (synchronous too, so it belongs to the armed capture)
 * and `undici:client:connected` (per socket). TCP and TLS are told apart by the socket's own
 * `connect` event, recorded by our connector (markSocketConnecting); with another dispatcher TLS
 * time is counted in connectMs. All times are performance.now() milliseconds.
 */
export interface TimelineCapture {
  startedAt: number
  connectStartAt?: number
  sendAt?: number
  headersAt?: number
  trailersAt?: number
  socket?: object
  bound: boolean
}

interface SocketMarks {
  startAt?: number
  tcpAt?: number
  connectedAt?: number
  secure?: boolean
}

const byRequest = new WeakMap<object, TimelineCapture>()
const socketMarks = new WeakMap<object, SocketMarks>()
let armed: TimelineCapture | undefined
let subscribed = false

function marksOf(socket: object): SocketMarks {
  let marks = socketMarks.get(socket)
  if (!marks) {
    marks = {}
    socketMarks.set(socket, marks)
  }
  return marks
}

function captureOf(message: unknown): TimelineCapture | undefined {
  const request = (message as { request?: object }).request
  return request ? byRequest.get(request) : undefined
}

function subscribeOnce(): void {
  if (subscribed) return
  subscribed = true
  diagnosticsChannel.subscribe('undici:request:create', (message) => {
    const request = (message as { request?: object }).request
    if (armed && !armed.bound && request) {
      byRequest.set(request, armed)
      armed.bound = true
    }
  })
  diagnosticsChannel.subscribe('undici:client:beforeConnect', () => {
    if (armed && armed.connectStartAt === undefined) armed.connectStartAt = performance.now()
  })
  diagnosticsChannel.subscribe('undici:client:connected', (message) => {
    const socket = (message as { socket?: { encrypted?: boolean } }).socket
    if (!socket) return
    const marks = marksOf(socket)
    marks.connectedAt = performance.now()
    marks.secure = socket.encrypted === true
  })
  diagnosticsChannel.subscribe('undici:client:sendHeaders', (message) => {
    const capture = captureOf(message)
    if (!capture) return
    capture.sendAt = performance.now()
    capture.socket = (message as { socket?: object }).socket
  })
  diagnosticsChannel.subscribe('undici:request:headers', (message) => {
    const capture = captureOf(message)
    if (capture) capture.headersAt = performance.now()
  })
  diagnosticsChannel.subscribe('undici:request:trailers', (message) => {
    const capture = captureOf(message)
    if (capture) capture.trailersAt = performance.now()
  })
}

/** Starts a capture; arm it only around the synchronous `dispatcher.request()` call. */
export function startTimeline(): TimelineCapture {
  subscribeOnce()
  return { startedAt: performance.now(), bound: false }
}

export function armTimeline(capture: TimelineCapture): void {
  armed = capture
}

export function disarmTimeline(): void {
  armed = undefined
}

/** Called by our connector for each new socket, so TCP connect and TLS handshake are split. */
export function markSocketConnecting(socket: {
  once(event: 'connect', listener: () => void): unknown
}): void {
  const marks = marksOf(socket)
  marks.startAt = performance.now()
  socket.once('connect', () => {
    marks.tcpAt = performance.now()
  })
}

export function timelineNow(): number {
  return performance.now()
}

function round(value: number): number {
  return Math.max(0, Math.round(value * 100) / 100)
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high)
}

/**
 * Phases that add up to the total. `measuredHeadersAt` (when `request()` resolved) and `endAt`
 * (when the body was read or the request failed) are the fallback when a channel did not fire.
 */
export function timelineTiming(
  capture: TimelineCapture,
  endAt: number,
  measuredHeadersAt?: number,
): Timing {
  const t0 = capture.startedAt
  const end = Math.max(endAt, t0)
  const marks = capture.socket ? socketMarks.get(capture.socket) : undefined
  let queue = 0
  let connect = 0
  let tls = 0
  let requestWrittenAt = capture.sendAt
  if (marks?.connectedAt !== undefined && marks.connectedAt >= t0) {
    const connectedAt = marks.connectedAt
    const connectStart = clamp(marks.startAt ?? capture.connectStartAt ?? t0, t0, connectedAt)
    const tcpEnd =
      marks.secure && marks.tcpAt !== undefined
        ? clamp(marks.tcpAt, connectStart, connectedAt)
        : connectedAt
    connect = tcpEnd - connectStart
    tls = connectedAt - tcpEnd
    requestWrittenAt = Math.max(capture.sendAt ?? connectedAt, connectedAt)
    queue = connectStart - t0 + (requestWrittenAt - connectedAt)
  } else if (capture.sendAt !== undefined) {
    queue = capture.sendAt - t0
  } else if (capture.connectStartAt !== undefined) {
    // The connection never came up (refused, DNS, TLS, connect timeout).
    queue = capture.connectStartAt - t0
    connect = end - capture.connectStartAt
    requestWrittenAt = end
  }
  const written = requestWrittenAt ?? t0 + queue
  const headersAt = clamp(capture.headersAt ?? measuredHeadersAt ?? end, written, end)
  return {
    queueMs: round(queue),
    connectMs: round(connect),
    tlsMs: round(tls),
    ttfbMs: round(headersAt - written),
    downloadMs: round(end - headersAt),
    totalMs: round(end - t0),
  }
}
