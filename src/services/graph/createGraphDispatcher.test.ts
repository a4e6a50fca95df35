import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type GraphTestServer,
  sendJson,
  startGraphTestServer,
} from '../../../test/support/graphTestServer'
import { proxyChoice } from './createGraphDispatcher'
import { GraphClient } from './graphClient'

/** A tiny forward proxy (CONNECT tunnels and absolute-URI requests) that records what it relayed. */
async function startProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = []
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`)
    const target = new URL(request.url ?? '')
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    request.pipe(upstream)
  })
  server.on('connect', (request, socket, head) => {
    seen.push(`CONNECT ${request.url}`)
    const [host, port] = (request.url ?? '').split(':')
    const upstream = connect(Number(port), host!, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let target: GraphTestServer
let proxy: Awaited<ReturnType<typeof startProxy>>

beforeAll(async () => {
  target = await startGraphTestServer((_request, response) =>
    sendJson(response, 200, { events_received: 1, messages: [], fbtrace_id: 'viaProxy' }),
  )
  proxy = await startProxy()
})

afterAll(async () => {
  await proxy.close()
  await target.close()
})

async function sendThrough(client: GraphClient) {
  const result = await client.sendEvents({
    baseUrl: target.url,
    version: 'v26.0',
    datasetId: '123456789012345',
    token: 'SANDBOX-TOKEN-1234',
    body: { data: [{ event_name: 'Purchase' }] },
  })
  await client.close()
  return result.outcome
}

describe('proxy support', () => {
  it('chooses an explicit proxy, then the environment, else none', () => {
    expect([
      proxyChoice({ proxyUrl: 'http://proxy:3128', env: { HTTPS_PROXY: 'http://other:1' } }),
      proxyChoice({ env: { https_proxy: 'http://proxy:3128' } }),
      proxyChoice({ env: { HTTP_PROXY: 'http://proxy:3128' } }),
      proxyChoice({ env: {} }),
    ]).toEqual([
      { kind: 'explicit', url: 'http://proxy:3128' },
      { kind: 'environment' },
      { kind: 'environment' },
      { kind: 'none' },
    ])
  })

  it('sends through an explicit proxy', async () => {
    const before = proxy.seen.length
    const outcome = await sendThrough(new GraphClient({ proxyUrl: proxy.url, env: {} }))
    expect([outcome, proxy.seen.length > before]).toEqual(['accepted', true])
  })

  it('sends through HTTP(S)_PROXY from the environment and honours NO_PROXY', async () => {
    const before = proxy.seen.length
    const viaEnv = await sendThrough(
      new GraphClient({ env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } }),
    )
    const afterEnv = proxy.seen.length
    const bypassed = await sendThrough(
      new GraphClient({ env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } }),
    )
    expect([viaEnv, afterEnv > before, bypassed, proxy.seen.length === afterEnv]).toEqual([
      'accepted',
      true,
      'accepted',
      true,
    ])
  })

  it('reports a proxy that refuses the tunnel as a network error with its status', async () => {
    const refusing = createServer()
    refusing.on('connect', (_request, socket) => {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
    })
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve))
    const port = (refusing.address() as AddressInfo).port
    const client = new GraphClient({ proxyUrl: `http://127.0.0.1:${port}`, env: {} })
    const result = await client.sendEvents({
      baseUrl: target.url,
      version: 'v26.0',
      datasetId: '123456789012345',
      token: 'SANDBOX-TOKEN-1234',
      body: { data: [{ event_name: 'Purchase' }] },
    })
    await client.close()
    await new Promise<void>((resolve) => refusing.close(() => resolve()))
    expect([result.outcome, result.networkError?.kind, result.networkError?.message]).toEqual([
      'network_error',
      'other',
      expect.stringContaining('407'),
    ])
  })
})
