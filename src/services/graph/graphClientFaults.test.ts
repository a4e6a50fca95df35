import { createServer } from 'node:net'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SendResult } from '../../shared/capi/sendResult'
import {
  type GraphTestServer,
  sendJson,
  startGraphTestServer,
} from '../../../test/support/graphTestServer'
import { GraphClient } from './graphClient'

const canary = 'CANARY-FAULT-TOKEN-51d0e2'
const body = { data: [{ event_name: 'Purchase', event_time: 1795500000 }] }

let server: GraphTestServer
let client: GraphClient
const results: SendResult[] = []

beforeAll(async () => {
  server = await startGraphTestServer((request, response, raw) => {
    switch (request.headers['x-fault']) {
      case 'never':
        return // keeps the socket open and never answers
      case 'reset':
        raw.socket.destroy()
        return
      case 'http500':
        sendJson(response, 500, {
          error: { message: 'Service', type: 'OAuthException', code: 2, is_transient: true },
        })
        return
      case 'html':
        response.writeHead(502, { 'content-type': 'text/html' })
        response.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
        return
      case 'not-json':
        response.writeHead(200, { 'content-type': 'text/plain' })
        response.end('OK')
        return
      case 'slow-body': {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.write('{"events_received":')
        const timer = setInterval(() => response.write(' '), 50)
        response.on('close', () => clearInterval(timer))
        return
      }
      case 'stalled-body':
        response.writeHead(200, { 'content-type': 'application/json' })
        response.write('{"events_received":')
        return
      case 'huge-body': {
        response.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(64 * 1024, 32)
        let sent = 0
        const pump = () => {
          while (sent < 50 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length
            if (!response.write(chunk)) return void response.once('drain', pump)
          }
          response.end()
        }
        pump()
        return
      }
      case 'huge-declared':
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(50 * 1024 * 1024),
        })
        response.write('{')
        return
      default:
        sendJson(response, 200, { events_received: 1, messages: [], fbtrace_id: 'ok' })
    }
  })
  client = new GraphClient({
    timeouts: { connectMs: 1000, headersMs: 2000, bodyMs: 2000, totalMs: 800 },
    maxResponseBytes: 1024 * 1024,
  })
})

afterAll(async () => {
  await client.close()
  await server.close()
})

async function sendWith(options: {
  fault?: string
  baseUrl?: string
  client?: GraphClient
  signal?: AbortSignal
}): Promise<{ result: SendResult; elapsedMs: number }> {
  const started = performance.now()
  const result = await (options.client ?? client).sendEvents({
    baseUrl: options.baseUrl ?? server.url,
    version: 'v26.0',
    datasetId: '123456789012345',
    token: canary,
    body,
    headers: options.fault ? { 'x-fault': options.fault } : {},
    signal: options.signal,
  })
  results.push(result)
  return { result, elapsedMs: performance.now() - started }
}

function summary(result: SendResult) {
  return [result.outcome, result.networkError?.kind ?? null, result.status ?? null]
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as { port: number }).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

describe('GraphClient network faults: typed errors within the timeout', () => {
  it('times out a server that never answers at the total timeout', async () => {
    const { result, elapsedMs } = await sendWith({ fault: 'never' })
    expect([...summary(result), result.networkError?.message, elapsedMs < 1500]).toEqual([
      'network_error',
      'timeout',
      null,
      'No complete answer within 800 ms.',
      true,
    ])
  })

  it('times out a body that trickles past the total timeout', async () => {
    const { result, elapsedMs } = await sendWith({ fault: 'slow-body' })
    expect([...summary(result), elapsedMs < 1500]).toEqual(['network_error', 'timeout', 200, true])
  })

  it('reports a stalled body with the body timeout', async () => {
    const strict = new GraphClient({ timeouts: { bodyMs: 200, totalMs: 5000 } })
    const { result, elapsedMs } = await sendWith({ fault: 'stalled-body', client: strict })
    await strict.close()
    expect([...summary(result), result.networkError?.message, elapsedMs < 1500]).toEqual([
      'network_error',
      'timeout',
      200,
      'The response body stalled for 200 ms. (UND_ERR_BODY_TIMEOUT)',
      true,
    ])
  })

  it('reports a refused connection', async () => {
    const { result, elapsedMs } = await sendWith({
      baseUrl: `http://127.0.0.1:${await freePort()}`,
    })
    expect([...summary(result), result.explanation?.retryable, elapsedMs < 1500]).toEqual([
      'network_error',
      'connection_refused',
      null,
      'manual',
      true,
    ])
  })

  it('reports a reset connection', async () => {
    const { result } = await sendWith({ fault: 'reset' })
    expect(summary(result)).toEqual(['network_error', 'connection_reset', null])
  })

  it('explains a JSON 500 as a temporary Meta error', async () => {
    const { result } = await sendWith({ fault: 'http500' })
    expect([...summary(result), result.explanation?.category]).toEqual([
      'meta_error',
      null,
      500,
      'temporary',
    ])
  })

  it('keeps an HTML 502 page as raw body and reports not_json', async () => {
    const { result } = await sendWith({ fault: 'html' })
    expect([...summary(result), result.rawBody, result.explanation?.title]).toEqual([
      'network_error',
      'not_json',
      502,
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      'Server error (HTTP 502)',
    ])
  })

  it('reports a 200 that is not JSON', async () => {
    const { result } = await sendWith({ fault: 'not-json' })
    expect([...summary(result), result.rawBody]).toEqual(['network_error', 'not_json', 200, 'OK'])
  })

  it('stops reading a 50 MB body at the size limit', async () => {
    const { result, elapsedMs } = await sendWith({ fault: 'huge-body' })
    expect([...summary(result), result.rawBody, elapsedMs < 1500]).toEqual([
      'network_error',
      'too_large',
      200,
      undefined,
      true,
    ])
  })

  it('refuses a declared oversized body before reading it', async () => {
    const { result, elapsedMs } = await sendWith({ fault: 'huge-declared' })
    expect([...summary(result), elapsedMs < 500]).toEqual(['network_error', 'too_large', 200, true])
  })

  it('cancels an in-flight request through its AbortSignal', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const { result, elapsedMs } = await sendWith({ fault: 'never', signal: controller.signal })
    expect([...summary(result), elapsedMs < 500]).toEqual([
      'network_error',
      'cancelled',
      null,
      true,
    ])
  })

  it('reports an unknown host as a DNS error', async () => {
    const { result } = await sendWith({ baseUrl: 'http://capi-workbench-test.invalid' })
    expect(summary(result)).toEqual(['network_error', 'dns', null])
  })

  it('reports a failed TLS handshake', async () => {
    const { result } = await sendWith({ baseUrl: server.url.replace('http:', 'https:') })
    expect(summary(result)).toEqual(['network_error', 'tls', null])
  })

  it('stays healthy: a normal send after every fault is accepted', async () => {
    const { result } = await sendWith({})
    expect(summary(result)).toEqual(['accepted', null, 200])
  })

  it('never records the token in any result', () => {
    expect([results.length > 10, JSON.stringify(results).includes(canary)]).toEqual([true, false])
  })
})
