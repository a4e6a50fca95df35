import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { findFirstFailure } from '../shared/capi/rules/findFirstFailure'
import { toGraphErrorBody } from '../shared/capi/rules/toGraphErrorBody'
import { handleEvents } from './eventsRoute'
import { newGraphAnswer, sendGraphError, sendJson } from './graphResponses'
import { handleLookup } from './lookupRoutes'
import {
  defaultMaxBodyBytes,
  extractAccessToken,
  parseRequestPayload,
  readRequestBody,
} from './readGraphRequest'
import type { GraphRequest, SandboxState } from './sandboxContext'
import { applyFault, defaultFaultTiming, type FaultTiming, isFaultMode } from './sandboxFaults'
import { faultModes, isReceivedFaultMode, type SandboxFixtures } from './sandboxFixtures'
import { SandboxWorld } from './sandboxWorld'
import { TestEventStore } from './testEventStore'
import { streamTestEvents } from './streamTestEvents'

export interface SandboxLogEntry {
  method: string
  /** The path only: the query string may hold an access_token and is never logged. */
  path: string
  /** null when no answer was sent (timeout and reset faults, client gone). */
  status: number | null
  rule?: string
  fault?: string
  durationMs: number
}

export interface SandboxOptions {
  /** Default 127.0.0.1 (loopback only). */
  host?: string
  /** Default 0: the system picks a free port. */
  port?: number
  fixtures: SandboxFixtures
  /** Strict mode (`capi sandbox --strict`); the fixtures' `"strict": true` also turns it on. */
  strict?: boolean
  /** The clock, in milliseconds since the epoch (default Date.now); R8/R9 and received times. */
  now?: () => number
  /** Request body limit (default 10 MB); larger bodies get 413. */
  maxBodyBytes?: number
  faultTiming?: Partial<FaultTiming>
  /** Called once per answered (or abandoned) request; never given a token. */
  onRequest?: (entry: SandboxLogEntry) => void
}

export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:53123` (no trailing slash). */
  url: string
  port: number
  testEvents: TestEventStore
  /** Stops listening and destroys every open connection, including ones a fault left hanging. */
  close(): Promise<void>
}

function eventCountOf(body: unknown): number {
  if (typeof body !== 'object' || body === null) return 1
  const data = (body as Record<string, unknown>).data
  return Array.isArray(data) && data.length > 0 ? data.length : 1
}

function handleSandboxRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: SandboxState,
): void {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' }
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`
  if (route === 'GET /_sandbox/events/stream') {
    streamTestEvents(res, state, url.searchParams.get('test_event_code') ?? undefined)
  } else if (route === 'GET /_sandbox/events') {
    const code = url.searchParams.get('test_event_code') ?? undefined
    sendJson(res, 200, { data: state.testEvents.list(code) }, headers)
  } else if (route === 'POST /_sandbox/reset') {
    sendJson(res, 200, { reset: true, events_cleared: state.testEvents.clear() }, headers)
  } else {
    sendJson(res, 404, { error: { message: `No sandbox route ${route}` } }, headers)
  }
}

async function handleGraph(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  parts: string[],
  state: SandboxState,
  options: { maxBodyBytes: number; timing: FaultTiming },
): Promise<string | undefined> {
  const method = req.method ?? 'GET'
  // `/{dataset}/events` without a version reaches R2 ("Invalid API version").
  const unversioned = parts.length === 2 && parts[1] === 'events'
  const version = unversioned ? '' : (parts[0] ?? '')
  const segments = unversioned ? parts : parts.slice(1)
  const answer = newGraphAnswer(version)
  const read = await readRequestBody(req, options.maxBodyBytes)
  if (read.kind === 'too_large') {
    sendGraphError(
      res,
      answer,
      {
        status: 413,
        code: 100,
        type: 'OAuthException',
        message: `Request body exceeds the sandbox limit of ${options.maxBodyBytes} bytes`,
        rule: 'R3',
        evidence: 'assumption',
      },
      { connection: 'close' },
    )
    return undefined
  }
  const payload = await parseRequestPayload(read.bytes, req.headers['content-type'])
  const request: GraphRequest = {
    req,
    res,
    method,
    url,
    segments,
    version,
    answer,
    payload,
    token: extractAccessToken(req.headers.authorization, url.searchParams, payload.body),
  }

  const dataset = segments[0] ? state.world.findDataset(segments[0]) : undefined
  const headerFault = req.headers['x-sandbox-fault']
  const fault = typeof headerFault === 'string' && headerFault !== '' ? headerFault : dataset?.fault
  if (fault !== undefined && isReceivedFaultMode(fault)) {
    request.receivedFault = fault
  } else if (fault !== undefined) {
    if (!isFaultMode(fault)) {
      sendGraphError(res, answer, {
        status: 400,
        code: 100,
        type: 'OAuthException',
        message: `Unknown x-sandbox-fault "${fault}". Known: ${faultModes.join(', ')}.`,
        evidence: 'assumption',
      })
      return undefined
    }
    applyFault({
      mode: fault,
      req,
      res,
      answer,
      eventCount: eventCountOf(payload.body),
      businessId: dataset?.ownerBusiness?.id ?? '900000000000001',
      timing: options.timing,
    })
    return fault
  }

  if (method === 'POST' && segments.length === 2 && segments[1] === 'events') {
    handleEvents(request, state)
    return request.receivedFault
  }
  handleLookup(request, state)
  return undefined
}

function formatUrl(host: string, port: number): string {
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`
}

/** Starts the local Graph API simulator (issue 5, spec §14). */
export function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1'
  const state: SandboxState = {
    world: new SandboxWorld(options.fixtures, options.strict === true),
    testEvents: new TestEventStore(),
    now: options.now ?? Date.now,
    findFirstFailure,
    toGraphErrorBody,
  }
  const handlerOptions = {
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
    timing: { ...defaultFaultTiming, ...options.faultTiming },
  }

  const server = createServer((req, res) => {
    const started = performance.now()
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
    const parts = url.pathname.split('/').filter((part) => part !== '')
    let fault: string | undefined
    res.on('close', () => {
      const rule = res.getHeader('x-capi-workbench-rule')
      options.onRequest?.({
        method: req.method ?? 'GET',
        path: url.pathname,
        status: res.headersSent ? res.statusCode : null,
        ...(typeof rule === 'string' ? { rule } : {}),
        ...(fault ? { fault } : {}),
        durationMs: Math.round(performance.now() - started),
      })
    })
    const work =
      parts[0] === '_sandbox'
        ? readRequestBody(req, 64 * 1024).then(() => handleSandboxRoute(req, res, url, state))
        : handleGraph(req, res, url, parts, state, handlerOptions).then((mode) => {
            fault = mode
          })
    work.catch(() => {
      if (res.headersSent) {
        res.destroy()
      } else {
        sendJson(res, 500, { error: { message: 'Sandbox internal error', code: 1 } }, {})
      }
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      const port = (server.address() as AddressInfo).port
      let closing: Promise<void> | undefined
      resolve({
        url: formatUrl(host, port),
        port,
        testEvents: state.testEvents,
        close() {
          closing ??= new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
          return closing
        },
      })
    })
  })
}
