import type { IncomingMessage, ServerResponse } from 'node:http'
import { evidenceHeader } from '../shared/capi/evidence/evidence'
import { type GraphAnswer, graphHeaders, sendGraphError } from './graphResponses'
import { type FaultMode, faultModes } from './sandboxFixtures'

export interface FaultTiming {
  /** slow-body: pause between two bytes of the body (default 250 ms). */
  slowBodyByteIntervalMs: number
  /** huge-body: size of the streamed body (default 50 MB). */
  hugeBodyBytes: number
}

export const defaultFaultTiming: FaultTiming = {
  slowBodyByteIntervalMs: 250,
  hugeBodyBytes: 50 * 1024 * 1024,
}

export function isFaultMode(value: string): value is FaultMode {
  return (faultModes as readonly string[]).includes(value)
}

export interface FaultInput {
  mode: FaultMode
  req: IncomingMessage
  res: ServerResponse
  answer: GraphAnswer
  /** events_received for the bodies that pretend to succeed (slow-body, huge-body). */
  eventCount: number
  /** Business ID used in x-business-use-case-usage (rate-limit). */
  businessId: string
  timing: FaultTiming
}

/** Writes `text` one byte at a time; stops when the client goes away. */
function trickle(res: ServerResponse, text: string, intervalMs: number): void {
  const bytes = Buffer.from(text)
  let index = 0
  const timer = setInterval(() => {
    if (res.destroyed || index >= bytes.length) {
      clearInterval(timer)
      if (!res.destroyed) res.end()
      return
    }
    res.write(bytes.subarray(index, index + 1))
    index += 1
  }, intervalMs)
  res.on('close', () => clearInterval(timer))
}

/** Streams a JSON body of `totalBytes` in 64 KB chunks, honouring back-pressure (never held whole). */
function streamHugeBody(res: ServerResponse, head: string, totalBytes: number): void {
  const tail = '"}'
  const chunk = Buffer.alloc(64 * 1024, 'x')
  let remaining = Math.max(0, totalBytes - Buffer.byteLength(head) - tail.length)
  res.write(head)
  const pump = (): void => {
    while (remaining > 0 && !res.destroyed) {
      const piece = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining)
      remaining -= piece.length
      if (!res.write(piece)) {
        res.once('drain', pump)
        return
      }
    }
    if (!res.destroyed) res.end(tail)
  }
  pump()
}

const htmlPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>502 Bad Gateway</title></head>
<body>
<h1>Sorry, something went wrong.</h1>
<p>We're working on getting this fixed as soon as we can.</p>
<p><small>CAPI Workbench sandbox: simulated proxy error page (fault mode "html").</small></p>
</body>
</html>
`

/** Answers (or refuses to answer) the way the selected fault mode says. */
export function applyFault(input: FaultInput): void {
  const { mode, req, res, answer, timing } = input
  const successBody = JSON.stringify({
    events_received: input.eventCount,
    messages: [],
    fbtrace_id: answer.traceId,
  })
  switch (mode) {
    case 'timeout':
      // Never answer. The server's close() destroys the socket.
      return
    case 'reset':
      req.socket.resetAndDestroy()
      return
    case 'http500':
      sendGraphError(res, answer, {
        status: 500,
        code: 2,
        type: 'OAuthException',
        message: 'An unexpected error has occurred. Please retry your request later.',
        isTransient: true,
        evidence: 'meta-docs',
      })
      return
    case 'html': {
      res.writeHead(502, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(htmlPage)),
        'x-fb-trace-id': answer.traceId,
        [evidenceHeader]: 'observed',
      })
      res.end(htmlPage)
      return
    }
    case 'slow-body': {
      res.writeHead(200, graphHeaders(answer))
      res.flushHeaders()
      trickle(res, successBody, timing.slowBodyByteIntervalMs)
      return
    }
    case 'huge-body': {
      // No content-length: a client must count bytes itself to enforce its limit.
      res.writeHead(200, graphHeaders(answer))
      const head = `{"events_received":${input.eventCount},"messages":[],"fbtrace_id":"${answer.traceId}","padding":"`
      streamHugeBody(res, head, timing.hugeBodyBytes)
      return
    }
    case 'rate-limit': {
      const usage = { call_count: 100, total_cputime: 28, total_time: 42 }
      const businessUsage = {
        [input.businessId]: [
          { type: 'ads_management', ...usage, estimated_time_to_regain_access: 1 },
        ],
      }
      sendGraphError(
        res,
        answer,
        {
          status: 400,
          code: 4,
          subcode: 1504022,
          type: 'OAuthException',
          message: '(#4) Application request limit reached',
          title: 'API Too Many Calls',
          userMessage: 'There have been too many calls from this app. Wait a bit and try again.',
          isTransient: true,
          evidence: 'meta-docs',
        },
        {
          'x-app-usage': JSON.stringify(usage),
          'x-business-use-case-usage': JSON.stringify(businessUsage),
        },
      )
      return
    }
  }
}
