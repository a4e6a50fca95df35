import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleWhatsAppPurchase } from '../../shared/capi/rules/exampleBodies'
import type { SendResult } from '../../shared/capi/sendResult'
import { AppError } from '../../shared/result'
import { parseSandboxFixtures } from '../../meta-sandbox/sandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../meta-sandbox/startSandbox'
import { createConnectionService } from '../connections/createConnectionService'
import type { StoredConnection } from '../connections/connectionDocument'
import { GraphClient } from '../graph/graphClient'
import { nodeSha256 } from '../hashing/nodeSha256'
import { HistoryStore, type RecordSendInput } from '../history/historyStore'
import { MemorySecretStore } from '../secrets/memorySecretStore'
import { type EventsSender, SendService } from './sendService'

const token = 'SANDBOX-TOKEN-1234'
const now = new Date('2026-03-01T12:00:00Z')
const nowSeconds = Math.floor(now.getTime() / 1000)

function bodyText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...exampleWhatsAppPurchase(nowSeconds - 60), ...overrides }, null, 2)
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise
    return undefined
  } catch (error) {
    return error instanceof AppError
      ? { code: error.code, message: error.message }
      : { code: String(error), message: '' }
  }
}

/** A SendService over a recording fake client: what reaches the client is what Meta would get. */
function fakeService(slowThresholdMs?: () => number | undefined) {
  const sent: Parameters<EventsSender['sendEvents']>[0][] = []
  const recorded: RecordSendInput[] = []
  const connection = {
    id: 'c1',
    name: 'Shop',
    datasetId: '123456789012345',
    apiVersion: 'v26.0',
    endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:1' },
    assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
  } as unknown as StoredConnection
  const service = new SendService({
    connections: {
      credentialsFor: () => Promise.resolve({ connection, baseUrl: 'http://127.0.0.1:1', token }),
    },
    graph: {
      sendEvents: (input) => {
        sent.push(input)
        const result: SendResult = {
          outcome: 'accepted',
          eventsSent: 1,
          eventsReceived: 1,
          status: 200,
          request: { method: 'POST', url: 'http://127.0.0.1:1/v26.0/1/events', headers: {} },
          headers: {},
          timing: { totalMs: 5 } as SendResult['timing'],
          slow: false,
          startedAt: now.toISOString(),
        }
        return Promise.resolve(result)
      },
    },
    history: {
      record: (input) => {
        recorded.push(input)
        return Promise.resolve({ id: 'h1' })
      },
      findAccepted: () => Promise.resolve({ matches: [] }),
    },
    now: () => now,
    sha256: nodeSha256,
    defaultTimeoutMs: () => 4000,
    ...(slowThresholdMs ? { slowThresholdMs } : {}),
  })
  return { service, sent, recorded }
}

describe('SendService: the slow threshold setting', () => {
  it('judges "slow" against send.slowThresholdMs and says which threshold it used', async () => {
    const outputs = await Promise.all(
      [undefined, () => undefined, () => 4].map((threshold) =>
        fakeService(threshold).service.sendRaw({ body: bodyText(), connectionId: 'c1' }),
      ),
    )
    // The fake answer took 5 ms.
    expect(outputs.map((output) => [output.slow, output.slowThresholdMs])).toEqual([
      [false, 1500],
      [false, 1500],
      [true, 4],
    ])
  })
})

describe('SendService.sendRaw (the raw request editor, like capi send --raw)', () => {
  it('sends the text byte for byte: big integers, spacing and key order untouched', async () => {
    const { service, sent, recorded } = fakeService()
    const text = bodyText().replace('"order-10042"', '"order-10042", "big": 12345678901234567890')
    const output = await service.sendRaw({ body: text, connectionId: 'c1' })
    expect({
      body: sent[0]?.body,
      timeoutMs: sent[0]?.timeoutMs,
      removed: output.removed,
      historyId: output.historyId,
      recordedDraft: recorded[0]?.draft,
    }).toEqual({
      body: text,
      timeoutMs: 4000,
      removed: [],
      historyId: 'h1',
      recordedDraft: undefined,
    })
  })

  it('cuts access_token and appsecret_proof out of the text and names them; nothing else moves', async () => {
    const { service, sent } = fakeService()
    const text = `{"access_token": "EAAB-secret", "data": ${JSON.stringify(
      exampleWhatsAppPurchase(nowSeconds - 60).data,
    )}, "test_event_code": "TEST1", "appsecret_proof": "abc"}`
    const output = await service.sendRaw({ body: text, connectionId: 'c1' })
    const expected = `{"data": ${JSON.stringify(exampleWhatsAppPurchase(nowSeconds - 60).data)}, "test_event_code": "TEST1"}`
    expect({ body: sent[0]?.body, removed: output.removed }).toEqual({
      body: expected,
      removed: ['access_token', 'appsecret_proof'],
    })
  })

  it('passes the tab’s extra headers and timeout to the client', async () => {
    const { service, sent } = fakeService()
    await service.sendRaw({
      body: bodyText(),
      connectionId: 'c1',
      headers: { 'x-sandbox-fault': 'http500' },
      timeoutMs: 2500,
    })
    expect({ headers: sent[0]?.headers, timeoutMs: sent[0]?.timeoutMs }).toEqual({
      headers: { 'x-sandbox-fault': 'http500' },
      timeoutMs: 2500,
    })
  })

  it('refuses broken JSON with its line and column, and the validator’s errors, sending nothing', async () => {
    const { service, sent } = fakeService()
    const broken = await errorOf(
      service.sendRaw({ body: '{\n  "data": [,]\n}', connectionId: 'c1' }),
    )
    const notObject = await errorOf(service.sendRaw({ body: '[1]', connectionId: 'c1' }))
    const invalid = await errorOf(
      service.sendRaw({
        body: bodyText({ data: [{ event_name: 'Purchase' }] }),
        connectionId: 'c1',
      }),
    )
    expect({
      broken: broken?.code,
      where: /line 2, column 12/.test(broken?.message ?? ''),
      notObject: notObject?.code,
      invalid: invalid?.code,
      sent: sent.length,
    }).toEqual({
      broken: 'invalid_json',
      where: true,
      notObject: 'not_an_object',
      invalid: 'draft_has_errors',
      sent: 0,
    })
  })

  it('asks for confirmation without a test event code, and sends once confirmed', async () => {
    const { service, sent } = fakeService()
    const body = bodyText({ test_event_code: undefined })
    const first = await errorOf(service.sendRaw({ body, connectionId: 'c1' }))
    await service.sendRaw({ body, connectionId: 'c1', confirmNoTestCode: true })
    expect({ first: first?.code, sent: sent.length }).toEqual({
      first: 'test_code_confirmation_needed',
      sent: 1,
    })
  })
})

describe('SendService.sendRaw against the sandbox', () => {
  let sandbox: RunningSandbox
  let dataDirectory: string
  let graph: GraphClient
  let service: SendService
  let history: HistoryStore
  let connectionId: string

  beforeAll(async () => {
    const fixtures = parseSandboxFixtures(
      JSON.parse(await readFile(resolve('resources/sandbox/default.json'), 'utf8')),
      'default.json',
    )
    sandbox = await startSandbox({ fixtures })
    dataDirectory = await mkdtemp(join(tmpdir(), 'capi-send-raw-'))
    graph = new GraphClient({ env: {} })
    const clock = () => new Date()
    const connections = createConnectionService({
      dataDirectory,
      now: clock,
      secretStore: new MemorySecretStore(),
      graph,
    })
    history = new HistoryStore({ directory: join(dataDirectory, 'history'), now: clock })
    service = new SendService({ connections, graph, history, now: clock, sha256: nodeSha256 })
    const saved = await connections.save({
      name: 'Sandbox store',
      datasetId: '123456789012345',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: {},
    })
    connectionId = saved.id
    await connections.setToken(connectionId, token)
  })

  afterAll(async () => {
    await graph?.close()
    await sandbox?.close()
    await rm(dataDirectory, { recursive: true, force: true })
  })

  it('is accepted, recorded in the history with the body as sent, and keeps the token out', async () => {
    const text = JSON.stringify(
      { ...exampleWhatsAppPurchase(Math.floor(Date.now() / 1000) - 60), access_token: token },
      null,
      2,
    )
    const output = await service.sendRaw({ body: text, connectionId })
    const entry = await history.get(output.historyId ?? '')
    expect({
      outcome: output.outcome,
      removed: output.removed,
      bodyHasToken: (entry.request.body ?? '').includes(token),
      historyHasToken: JSON.stringify(entry).includes(token),
      events: entry.eventNames,
    }).toEqual({
      outcome: 'accepted',
      removed: ['access_token'],
      bodyHasToken: false,
      historyHasToken: false,
      events: ['Purchase'],
    })
  })

  it('the x-sandbox-fault header reaches the sandbox and shows in the request as sent', async () => {
    const text = JSON.stringify(exampleWhatsAppPurchase(Math.floor(Date.now() / 1000) - 60))
    const output = await service.sendRaw({
      body: text,
      connectionId,
      headers: { 'x-sandbox-fault': 'http500' },
    })
    expect({
      outcome: output.outcome,
      status: output.status,
      header: output.request.headers['x-sandbox-fault'],
    }).toEqual({
      outcome: 'meta_error',
      status: 500,
      header: 'http500',
    })
  })
})
