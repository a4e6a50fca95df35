import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices, type Services } from '../services/createServices'
import { EventBus } from '../services/eventBus'
import { contentSecurityPolicy } from '../shared/security/contentSecurityPolicy'
import { type RunningWebServer, startWebServer } from './startWebServer'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let server: RunningWebServer
let root: string
const eventBus = new EventBus()
const secret = 'a'.repeat(64)

/** node:http so the test controls every header, Host included. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function call(channel: string, input: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workbench-secret': secret, ...headers },
    body: JSON.stringify({ input }),
  })
}

function summary(reply: Reply) {
  return { status: reply.status, body: JSON.parse(reply.body) as unknown }
}

const services: Services[] = []
const opened = (deps: Parameters<typeof createServices>[0]): Services => {
  const created = createServices(deps)
  services.push(created)
  return created
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'capi-web-'))
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true })
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Workbench</title>')
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'outside.txt'), 'not served')
  server = await startWebServer({
    handlers: opened(testDependencies(join(root, 'data'), { shell: 'browser', eventBus })).handlers,
    eventBus,
    rendererDirectory: join(root, 'renderer'),
    secret,
    maxBodyBytes: 1024,
    log: () => {},
  })
})

afterAll(async () => {
  await server.close()
  // Their watchers write into the data directory (the contacts' first listing): close them first.
  await Promise.all(services.map((opened) => opened.close()))
  await rm(root, { recursive: true, force: true })
})

const appInfo = () => ({
  ok: true,
  value: {
    name: 'CAPI Workbench',
    version: '0.1.0',
    platform: process.platform,
    dataDirectory: join(root, 'data'),
    shell: 'browser',
  },
})

describe('browser-mode server', () => {
  it('answers a channel through dispatch when Host, Origin and secret are right', async () => {
    const reply = await call('app.info', undefined, { origin: `http://127.0.0.1:${server.port}` })
    expect(summary(reply)).toEqual({ status: 200, body: appInfo() })
  })

  it('serves the renderer publicly with the strict CSP and no CORS header', async () => {
    const reply = await send('/')
    const corsHeaders = Object.keys(reply.headers).filter((name) =>
      name.startsWith('access-control'),
    )
    expect({
      status: reply.status,
      body: reply.body,
      csp: reply.headers['content-security-policy'],
      type: reply.headers['content-type'],
      corsHeaders,
    }).toEqual({
      status: 200,
      body: '<!doctype html><title>Workbench</title>',
      csp: contentSecurityPolicy,
      type: 'text/html; charset=utf-8',
      corsHeaders: [],
    })
  })

  it('refuses paths that leave the renderer folder', async () => {
    const statuses = await Promise.all(
      [
        '/../outside.txt',
        '/%2e%2e/outside.txt',
        '/assets/..%2f..%2foutside.txt',
        '/missing.js',
      ].map(async (path) => (await send(path)).status),
    )
    expect(statuses).toEqual([404, 404, 404, 404])
  })

  it('refuses a call without the secret, or with a wrong one, with 403', async () => {
    const replies = await Promise.all([
      send('/api/app.info', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      call('app.info', undefined, { 'x-workbench-secret': 'b'.repeat(64) }),
      call('app.info', undefined, { 'x-workbench-secret': 'short' }),
    ])
    expect(replies.map(summary)).toEqual([
      {
        status: 403,
        body: { ok: false, error: { code: 'missing_secret', message: expect.any(String) } },
      },
      {
        status: 403,
        body: { ok: false, error: { code: 'wrong_secret', message: expect.any(String) } },
      },
      {
        status: 403,
        body: { ok: false, error: { code: 'wrong_secret', message: expect.any(String) } },
      },
    ])
  })

  it('refuses a foreign Origin with 403, even with the right secret', async () => {
    const replies = await Promise.all([
      call('app.info', undefined, { origin: 'http://evil.example' }),
      call('app.info', undefined, { origin: 'null' }),
      call('app.info', undefined, { origin: `http://localhost:${server.port}` }),
    ])
    expect(replies.map((reply) => reply.status)).toEqual([403, 403, 403])
    expect(JSON.parse(replies[0]!.body)).toMatchObject({ error: { code: 'forbidden_origin' } })
  })

  it('refuses a rebinding Host with 403, static files included', async () => {
    const replies = await Promise.all([
      call('app.info', undefined, { host: `evil.example:${server.port}` }),
      call('app.info', undefined, { host: `127.0.0.1:${server.port + 1}` }),
      send('/', { headers: { host: `rebind.evil.example:${server.port}` } }),
    ])
    expect(replies.map((reply) => [reply.status, JSON.parse(reply.body).error.code])).toEqual([
      [403, 'forbidden_host'],
      [403, 'forbidden_host'],
      [403, 'forbidden_host'],
    ])
  })

  it('accepts localhost:<port> as Host with its own origin', async () => {
    const port = server.port
    const reply = await call('app.info', undefined, {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    })
    expect(summary(reply)).toEqual({ status: 200, body: appInfo() })
  })

  it('refuses an oversized body with 413, declared or streamed', async () => {
    const big = JSON.stringify({ input: { padding: 'x'.repeat(2000) } })
    const declared = await call('app.info', { padding: 'x'.repeat(2000) })
    const streamed = await send('/api/app.info', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-workbench-secret': secret,
        'transfer-encoding': 'chunked',
      },
      body: Buffer.from(big),
    })
    expect([summary(declared), summary(streamed)]).toEqual([
      {
        status: 413,
        body: { ok: false, error: { code: 'body_too_large', message: expect.any(String) } },
      },
      {
        status: 413,
        body: { ok: false, error: { code: 'body_too_large', message: expect.any(String) } },
      },
    ])
  })

  it('refuses a malformed body with 400 and a non-JSON body with 415, as Results', async () => {
    const post = (body: string, type = 'application/json') =>
      send('/api/app.info', {
        method: 'POST',
        headers: { 'content-type': type, 'x-workbench-secret': secret },
        body,
      })
    const replies = await Promise.all([
      post('{"input": '),
      post('[1,2]'),
      post('{"input": {}, "channel": "x"}'),
      post('input=1', 'text/plain'),
    ])
    expect(replies.map((reply) => [reply.status, JSON.parse(reply.body).error.code])).toEqual([
      [400, 'malformed_request'],
      [400, 'malformed_request'],
      [400, 'malformed_request'],
      [415, 'unsupported_media_type'],
    ])
  })

  it('parses the input with the contract and answers unknown channels as Results', async () => {
    const replies = await Promise.all([call('app.info', { stray: 1 }), call('nope.nothing', {})])
    expect(replies.map((reply) => [reply.status, JSON.parse(reply.body).error.code])).toEqual([
      [200, 'invalid_input'],
      [200, 'unknown_channel'],
    ])
  })

  it('refuses other methods with 405', async () => {
    const replies = await Promise.all([
      send('/api/app.info', { headers: { 'x-workbench-secret': secret } }),
      send('/', { method: 'POST', body: 'x' }),
    ])
    expect(replies.map((reply) => reply.status)).toEqual([405, 405])
  })

  it('stays up after every refusal', async () => {
    await send('/api/app.info', {
      method: 'POST',
      headers: { host: 'evil.example' },
      body: 'x'.repeat(5000),
    })
    const reply = await call('app.info', undefined)
    expect(summary(reply)).toEqual({ status: 200, body: appInfo() })
  })

  it('streams EventBus events as server-sent events behind the same guard', async () => {
    const refused = await send('/api/events')
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { 'x-workbench-secret': secret },
        },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            text += chunk
            if (text.includes(': connected')) {
              eventBus.emit('app.notice', { level: 'info', message: 'hello' })
            }
            if (text.includes('\n\nevent:') && text.endsWith('\n\n')) {
              req.destroy()
              resolve(text)
            }
          })
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect([refused.status, received]).toEqual([
      403,
      ': connected\n\nevent: app.notice\ndata: {"level":"info","message":"hello"}\n\n',
    ])
  })

  it('refuses to start on a port that is taken, with a clear AppError', async () => {
    await expect(
      startWebServer({
        handlers: opened(testDependencies(join(root, 'data'), { shell: 'browser' })).handlers,
        eventBus,
        rendererDirectory: join(root, 'renderer'),
        port: server.port,
      }),
    ).rejects.toMatchObject({ name: 'AppError', code: 'port_in_use' })
  })
})
