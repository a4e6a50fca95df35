import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { apiPrefix, eventsPath } from '../shared/browserMode'
import { AppError, err, ok } from '../shared/result'
import type { EventBus } from '../services/eventBus'
import { dispatch } from '../services/ipc/dispatch'
import type { HandlerTable } from '../services/ipc/handlerTable'
import { openEventStream } from './eventStream'
import { answerChallenge, challengePath } from './challenge'
import { checkRequest, createLaunchSecret, secretHeader } from './guard'
import { readJsonBody } from './readJsonBody'
import { sendResult } from './responses'
import { serveStaticFile } from './serveStaticFile'

export const defaultMaxBodyBytes = 1024 * 1024

export interface WebServerOptions {
  handlers: HandlerTable
  eventBus: EventBus
  /** The built renderer (out/renderer). */
  rendererDirectory: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Injected by tests; a fresh random secret per launch otherwise. */
  secret?: string
  maxBodyBytes?: number
  /** Unexpected errors (never shown to the page). */
  log?: (line: string) => void
}

export interface RunningWebServer {
  port: number
  /** `http://127.0.0.1:<port>` */
  origin: string
  secret: string
  /** The link to open: the origin with the secret in the fragment (never sent to a server). */
  openUrl: string
  close(): Promise<void>
}

/**
 * Browser mode: one node:http server on 127.0.0.1 that serves the built renderer, `POST
 * /api/<channel>` through `dispatch` and `GET /api/events` as server-sent events, all behind the
 * loopback guard (guard.ts). API answers are Result JSON: 200 for anything dispatch answered,
 * 400 malformed body, 403 guard refusal, 405 wrong method, 413 body over the limit, 415 not JSON.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const secret = options.secret ?? createLaunchSecret()
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const streams = new Set<() => void>()
  let port = 0

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!
    const secretValue = req.headers[secretHeader]
    const refusal = checkRequest(
      {
        path,
        host: req.headers.host,
        origin: req.headers.origin,
        secret: Array.isArray(secretValue) ? secretValue[0] : secretValue,
      },
      { port, secret },
    )
    if (refusal) {
      req.resume()
      sendResult(res, refusal.status, err(refusal.code, refusal.message), { connection: 'close' })
      return
    }
    if (path === challengePath) {
      req.resume()
      if (req.method !== 'GET') return methodNotAllowed(req, res, 'GET')
      const challenge = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('challenge')
      const answer = answerChallenge(secret, challenge ?? '')
      if (answer === undefined) {
        return sendResult(
          res,
          400,
          err('malformed_request', 'The challenge must be 64 hex characters.'),
        )
      }
      return sendResult(res, 200, ok({ answer }))
    }
    if (path === eventsPath) {
      if (req.method !== 'GET') return methodNotAllowed(req, res, 'GET')
      const end = openEventStream(res, options.eventBus)
      streams.add(end)
      res.on('close', () => streams.delete(end))
      return
    }
    if (path.startsWith(apiPrefix)) return handleCall(req, res, path.slice(apiPrefix.length))
    return serveStaticFile(req, res, options.rendererDirectory, path)
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, rawName: string) {
    if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST')
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (contentType !== 'application/json') {
      req.resume()
      return sendResult(
        res,
        415,
        err('unsupported_media_type', 'API calls must send JSON (content-type: application/json).'),
        { connection: 'close' },
      )
    }
    const body = await readJsonBody(req, maxBodyBytes)
    if (body.kind === 'too_large') {
      return sendResult(
        res,
        413,
        err('body_too_large', `The request body is larger than ${maxBodyBytes} bytes.`),
        { connection: 'close' },
      )
    }
    if (body.kind === 'malformed')
      return sendResult(res, 400, err('malformed_request', body.message))
    const envelope = body.value
    if (
      typeof envelope !== 'object' ||
      envelope === null ||
      Array.isArray(envelope) ||
      Object.keys(envelope).some((key) => key !== 'input')
    ) {
      return sendResult(
        res,
        400,
        err('malformed_request', 'The request body must be a JSON object {"input": ...}.'),
      )
    }
    let channelName: string
    try {
      channelName = decodeURIComponent(rawName)
    } catch {
      channelName = rawName
    }
    const input = (envelope as { input?: unknown }).input
    const result = await dispatch(options.handlers, channelName, input, {
      onUnexpected: (name, error) =>
        log(`browser mode: ${name} failed: ${error instanceof Error ? error.name : 'error'}`),
    })
    sendResult(res, 200, result)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`browser mode: request failed: ${error instanceof Error ? error.name : 'error'}`)
      if (!res.headersSent) sendResult(res, 500, err('internal', 'The request failed.'))
      else res.destroy()
    })
  })
  server.requestTimeout = 60_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError(
              'port_in_use',
              `Port ${options.port} is already in use. Pick another with --port.`,
            )
          : error,
      )
    })
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  server.on('error', (error) => log(`browser mode: server error: ${error.name}`))
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`

  return {
    port,
    origin,
    secret,
    openUrl: `${origin}/#secret=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of streams) end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  req.resume()
  sendResult(res, 405, err('method_not_allowed', `Use ${allow} for this route.`), { allow })
}
