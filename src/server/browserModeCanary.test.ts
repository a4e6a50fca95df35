import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices, type Services } from '../services/createServices'
import { EventBus } from '../services/eventBus'
import { defaultSandboxFixtures } from '../meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../meta-sandbox/startSandbox'
import { MemorySecretStore } from '../services/secrets/memorySecretStore'
import { type RunningWebServer, startWebServer } from './startWebServer'

/**
 * A canary token goes in through browser mode's one token route (connections.setToken) and is
 * used for real against the sandbox; every byte browser mode sends back — answers, headers and
 * the event stream — is then searched for it, plain, URL-encoded and base64.
 */
describe('browser mode never sends the token back', () => {
  const canary = `EAAGCANARY${randomBytes(16).toString('hex')}`
  const eventBus = new EventBus()
  const captured: string[] = []
  let directory: string
  let sandbox: RunningSandbox
  let server: RunningWebServer
  let stopStream: () => void = () => {}

  function post(channel: string, input?: unknown): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/${channel}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-workbench-secret': server.secret },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            captured.push(JSON.stringify(res.headers), text)
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown })
          })
        },
      )
      req.on('error', reject)
      req.end(JSON.stringify({ input }))
    })
  }

  let services: Services | undefined
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'capi-canary-'))
    const fixtures = defaultSandboxFixtures()
    fixtures.tokens.push({ ...fixtures.tokens[0]!, token: canary, name: 'Canary' })
    sandbox = await startSandbox({ fixtures })
    services = createServices(
      testDependencies(directory, {
        shell: 'browser',
        eventBus,
        secretStore: new MemorySecretStore(),
      }),
    )
    server = await startWebServer({
      handlers: services.handlers,
      eventBus,
      rendererDirectory: directory,
      log: () => {},
    })
    const stream = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/events',
        headers: { 'x-workbench-secret': server.secret },
      },
      (res) => res.on('data', (chunk: Buffer) => captured.push(chunk.toString('utf8'))),
    )
    stream.on('error', () => {})
    stream.end()
    stopStream = () => stream.destroy()
  })

  afterAll(async () => {
    stopStream()
    await server?.close()
    await sandbox?.close()
    // Its watchers write into the data directory (the contacts' first listing): close them first.
    await services?.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('through save, set token, a refused token, list, get, check, delete', async () => {
    const saved = (await post('connections.save', {
      name: 'Canary store',
      datasetId: '123456789012345',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })) as { body: { ok: boolean; value: { id: string } } }
    const id = saved.body.value.id
    const steps = [
      await post('connections.setToken', { id, token: canary }),
      await post('connections.setToken', { id, token: `${canary} plus words` }),
      await post('connections.list'),
      await post('connections.get', { id }),
      await post('connections.check', { id }),
      await post('connections.keychainStatus'),
      await post('connections.delete', { id }),
    ]
    await new Promise((resolve) => setTimeout(resolve, 100))
    const outcome = (step: { body: unknown }) => {
      const result = step.body as { ok: boolean; error?: { code: string } }
      return result.ok ? 'ok' : result.error!.code
    }
    const everything = captured.join('\n')
    const forms = [
      canary,
      encodeURIComponent(canary),
      Buffer.from(canary).toString('base64'),
      Buffer.from(canary).toString('base64url'),
      canary.slice(10),
    ]
    expect({
      outcomes: [outcome(saved), ...steps.map(outcome)],
      checkedAgainstSandbox: (steps[4]!.body as { value?: { token?: { valid?: boolean } } }).value
        ?.token?.valid,
      streamedEvents: everything.includes('event: connections.changed'),
      leaks: forms.filter((form) => everything.includes(form)),
    }).toEqual({
      outcomes: ['ok', 'ok', 'invalid_input', 'ok', 'ok', 'ok', 'ok', 'ok'],
      checkedAgainstSandbox: true,
      streamedEvents: true,
      leaks: [],
    })
  })
})
