import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyDraft, type EventDraft } from '../../shared/capi/model/eventDraft'
import type { SendProgress } from '../../shared/contract/sendProgress'
import { AppError } from '../../shared/result'
import { createConnectionService } from '../connections/createConnectionService'
import type { ConnectionService } from '../connections/connectionService'
import { EventBus } from '../eventBus'
import { GraphClient } from '../graph/graphClient'
import { nodeSha256 } from '../hashing/nodeSha256'
import { HistoryStore } from '../history/historyStore'
import { parseSandboxFixtures } from '../../meta-sandbox/sandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../meta-sandbox/startSandbox'
import { MemorySecretStore } from '../secrets/memorySecretStore'
import { SendService } from './sendService'

const sandboxToken = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

function purchase(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    ...createEmptyDraft('whatsapp'),
    ids: { whatsappBusinessAccountId: '100000000000001', ctwaClid: clid },
    customData: { currency: 'USD', value: '49.90' },
    customer: { em: ['John_Smith@gmail.com'] },
    eventId: 'order-10042',
    testEventCode: 'TEST12345',
    ...overrides,
  }
}

async function errorOf(promise: Promise<unknown>): Promise<{ code: string } | undefined> {
  try {
    await promise
    return undefined
  } catch (error) {
    return error instanceof AppError ? { code: error.code } : { code: 'not an AppError' }
  }
}

describe('SendService against the sandbox', () => {
  let sandbox: RunningSandbox
  let dataDirectory: string
  let connections: ConnectionService
  let history: HistoryStore
  let graph: GraphClient
  let service: SendService
  let connectionId: string
  const progress: SendProgress[] = []

  beforeAll(async () => {
    const fixtures = parseSandboxFixtures(
      JSON.parse(await readFile(resolve('resources/sandbox/default.json'), 'utf8')),
      'default.json',
    )
    sandbox = await startSandbox({ fixtures })
    dataDirectory = await mkdtemp(join(tmpdir(), 'capi-send-'))
    const eventBus = new EventBus()
    eventBus.subscribe((name, payload) => {
      if (name === 'send.progress') progress.push(payload as SendProgress)
    })
    graph = new GraphClient({ env: {} })
    const now = () => new Date()
    connections = createConnectionService({
      dataDirectory,
      now,
      secretStore: new MemorySecretStore(),
      graph,
    })
    history = new HistoryStore({ directory: join(dataDirectory, 'history'), now })
    service = new SendService({ connections, graph, history, now, sha256: nodeSha256, eventBus })
    const saved = await connections.save({
      name: 'Sandbox store',
      datasetId: '123456789012345',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    connectionId = saved.id
    await connections.setToken(connectionId, sandboxToken)
  })

  afterAll(async () => {
    await graph?.close()
    await sandbox?.close()
    await rm(dataDirectory, { recursive: true, force: true })
  })

  it('sends a WhatsApp Purchase as a test event: accepted, recorded, visible at the test-events listing', async () => {
    progress.length = 0
    const result = await service.send({ draft: purchase(), connectionId, requestId: 'one' })
    const entry = await history.get(result.historyId ?? '')
    const listed = sandbox.testEvents.list('TEST12345')
    expect({
      outcome: result.outcome,
      eventsReceived: result.eventsReceived,
      authorization: result.request.headers.authorization,
      historyOutcome: entry.outcome,
      listed: listed.map((event) => [event.eventName, event.channel, event.eventId]),
      phases: progress.map((step) => step.phase),
    }).toEqual({
      outcome: 'accepted',
      eventsReceived: 1,
      authorization: 'Bearer <REDACTED>',
      historyOutcome: 'accepted',
      listed: [['Purchase', 'whatsapp', 'order-10042']],
      phases: ['building', 'sending', 'recording', 'done'],
    })
  })

  it('refuses a draft with errors before anything is sent', async () => {
    const broken = purchase({ ids: { whatsappBusinessAccountId: '100000000000001' } })
    const before = (await history.list()).total
    expect({
      error: await errorOf(service.send({ draft: broken, connectionId })),
      recorded: (await history.list()).total - before,
    }).toEqual({ error: { code: 'draft_has_errors' }, recorded: 0 })
  })

  it('asks for confirmation without a test event code, and sends once confirmed', async () => {
    const draft = purchase({ testEventCode: undefined, eventId: 'order-real-1' })
    const refused = await errorOf(service.send({ draft, connectionId }))
    const confirmed = await service.send({ draft, connectionId, confirmNoTestCode: true })
    expect({ refused, outcome: confirmed.outcome }).toEqual({
      refused: { code: 'test_code_confirmation_needed' },
      outcome: 'accepted',
    })
  })

  it('refuses a real event the history shows accepted, unless the person allows the duplicate', async () => {
    const draft = purchase({ testEventCode: undefined, eventId: 'order-real-2' })
    const first = await service.send({ draft, connectionId, confirmNoTestCode: true })
    const again = await errorOf(service.send({ draft, connectionId, confirmNoTestCode: true }))
    const allowed = await service.send({
      draft,
      connectionId,
      confirmNoTestCode: true,
      allowDuplicate: true,
    })
    expect({ first: first.outcome, again, allowed: allowed.outcome }).toEqual({
      first: 'accepted',
      again: { code: 'duplicate_event' },
      allowed: 'accepted',
    })
  })

  it('refuses a pixel event name before sending, and no history file holds the token', async () => {
    const draft = purchase({ eventName: 'Lead' })
    const buildErrors = await errorOf(service.send({ draft, connectionId }))
    const files = await readdir(join(dataDirectory, 'history'))
    const stored = await Promise.all(
      files.map((file) => readFile(join(dataDirectory, 'history', file), 'utf8')),
    )
    expect({
      buildErrors,
      tokenInHistory: stored.some((text) => text.includes(sandboxToken)),
    }).toEqual({ buildErrors: { code: 'draft_has_errors' }, tokenInHistory: false })
  })

  it('reports a Meta error from a restricted-region Page (sending stays possible)', async () => {
    const restricted = await connections.save({
      name: 'Berlin store',
      datasetId: '223456789012345',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: {
        whatsapp: { id: '200000000000001', country: 'DE' },
        page: { id: '200000000000002', country: 'DE' },
      },
    })
    await connections.setToken(restricted.id, sandboxToken)
    const wabaDraft = purchase({
      ids: {
        whatsappBusinessAccountId: '200000000000001',
        ctwaClid: 'ARAkBerlinClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
      },
    })
    // Revision 2: a WABA's region is a note; the sandbox accepts its events (strict mode rejects).
    const waba = await service.send({ draft: wabaDraft, connectionId: restricted.id })
    expect(waba.outcome).toBe('accepted')
    const draft = purchase({
      channel: 'messenger',
      ids: { pageId: '200000000000002', pageScopedUserId: '7000000000000001' },
    })
    const result = await service.send({ draft, connectionId: restricted.id })
    expect({
      outcome: result.outcome,
      status: result.status,
      rule: result.headers['x-capi-workbench-rule'],
      category: result.explanation?.category,
      recorded: typeof result.historyId,
    }).toEqual({
      outcome: 'meta_error',
      status: 400,
      rule: 'R18',
      category: 'region',
      recorded: 'string',
    })
  })

  it('reports a network fault as a network error without throwing', async () => {
    const faulty = await connections.save({
      name: 'Reset demo',
      datasetId: '9000000000000002',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: {},
    })
    await connections.setToken(faulty.id, sandboxToken)
    const result = await service.send({
      draft: purchase({ ids: { whatsappBusinessAccountId: '100000000000001', ctwaClid: clid } }),
      connectionId: faulty.id,
    })
    expect({ outcome: result.outcome, kind: result.networkError?.kind }).toEqual({
      outcome: 'network_error',
      kind: 'connection_reset',
    })
  })

  it('cancels a send in flight (the sandbox never answers) and reports it as cancelled', async () => {
    const hanging = await connections.save({
      name: 'Timeout demo',
      datasetId: '9000000000000001',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: {},
    })
    await connections.setToken(hanging.id, sandboxToken)
    progress.length = 0
    const sending = service.send({ draft: purchase(), connectionId: hanging.id, requestId: 'slow' })
    while (!progress.some((step) => step.phase === 'sending')) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const cancel = service.cancel('slow')
    const result = await sending
    expect({
      cancel,
      outcome: result.outcome,
      kind: result.networkError?.kind,
      last: progress.at(-1)?.phase,
    }).toEqual({
      cancel: { cancelled: true },
      outcome: 'network_error',
      kind: 'cancelled',
      last: 'cancelled',
    })
  })

  it('cancel answers false when nothing with that id is in flight', () => {
    expect(service.cancel('nothing')).toEqual({ cancelled: false })
  })
})
