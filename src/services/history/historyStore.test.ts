import { allHistory } from '../../shared/contract/historyChannels'
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { HistoryStore, type RecordSendInput } from './historyStore'

const canary = 'EAABcanaryTOKEN0000000000000000'
let directory: string
let tick: number
const clock = () => new Date(Date.UTC(2026, 10, 25, 14, 0, tick++))

function send(
  eventName: string,
  options: {
    eventId?: string
    outcome?: RecordSendInput['result']['outcome']
    test?: string
    trace?: string
  } = {},
): RecordSendInput {
  const event: Record<string, unknown> = {
    event_name: eventName,
    event_time: 1_790_000_000 + tick,
    action_source: 'business_messaging',
    messaging_channel: 'whatsapp',
    user_data: {
      whatsapp_business_account_id: '123',
      ctwa_clid: 'clid-abcdefghijklmnopqrstuvwxyz',
    },
  }
  if (options.eventId) event.event_id = options.eventId
  const body = { data: [event], ...(options.test ? { test_event_code: options.test } : {}) }
  return {
    connectionName: 'Acme prod',
    endpoint: 'https://graph.facebook.com',
    datasetId: '555',
    apiVersion: 'v26.0',
    result: {
      outcome: options.outcome ?? 'accepted',
      request: {
        method: 'POST',
        url: `https://graph.facebook.com/v26.0/555/events?access_token=${canary}`,
        headers: { authorization: `Bearer ${canary}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      status: 200,
      headers: { 'x-fb-trace-id': options.trace ?? 'trace' },
      json: { events_received: 1, fbtrace_id: options.trace ?? 'trace' },
      ...(options.trace ? { fbtraceId: options.trace } : {}),
      timing: { queueMs: 0, connectMs: 1, tlsMs: 2, ttfbMs: 30, downloadMs: 1, totalMs: 34 },
      startedAt: clock().toISOString(),
    },
  }
}

beforeEach(async () => {
  tick = 0
  directory = await mkdtemp(join(tmpdir(), 'capi-history-'))
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('HistoryStore', () => {
  it('records a send with the token redacted everywhere, and reads it back after a restart', async () => {
    const store = new HistoryStore({ directory, now: clock })
    const entry = await store.record(send('Purchase', { eventId: 'order-1', trace: 'AbC' }))
    const text = await readFile(join(directory, 'history.jsonl'), 'utf8')
    const reread = await new HistoryStore({ directory, now: clock }).get(entry.id)
    expect({
      leaked: text.includes(canary),
      url: reread.request.url,
      authorization: reread.request.headers.authorization,
      summary: [
        reread.eventNames,
        reread.eventIds,
        reread.outcome,
        reread.fbtraceId,
        reread.totalMs,
      ],
    }).toEqual({
      leaked: false,
      url: 'https://graph.facebook.com/v26.0/555/events?access_token=<REDACTED>',
      authorization: 'Bearer <REDACTED>',
      summary: [['Purchase'], ['order-1'], 'accepted', 'AbC', 34],
    })
  })

  it('keeps the draft for re-opening, without a token pasted into it', async () => {
    const store = new HistoryStore({ directory, now: clock })
    const draft = { ...createEmptyDraft('whatsapp'), notes: `token was ${canary}` }
    const entry = await store.record({ ...send('Purchase'), draft })
    const text = await readFile(join(directory, 'history.jsonl'), 'utf8')
    expect([text.includes(canary), (await store.get(entry.id)).draft?.notes]).toEqual([
      false,
      'token was <REDACTED>',
    ])
  })

  it('searches by event name, outcome, fbtrace_id and text, newest first', async () => {
    const store = new HistoryStore({ directory, now: clock })
    await store.record(send('Purchase', { trace: 'T1' }))
    await store.record(send('LeadSubmitted', { outcome: 'meta_error', trace: 'T2' }))
    await store.record(send('Purchase', { outcome: 'meta_error', trace: 'T3', eventId: 'abc-42' }))
    const ids = async (query: Partial<Parameters<HistoryStore['list']>[0]>) =>
      (await store.list({ ...allHistory, ...query })).entries.map((entry) => entry.fbtraceId)
    expect({
      purchase: await ids({ eventName: 'Purchase' }),
      errors: await ids({ outcome: 'meta_error' }),
      trace: await ids({ fbtraceId: 'T2' }),
      text: await ids({ text: 'ABC-4' }),
    }).toEqual({ purchase: ['T3', 'T1'], errors: ['T3', 'T2'], trace: ['T2'], text: ['T3'] })
  })

  it('keeps only the newest entries past its limit, also on disk', async () => {
    const store = new HistoryStore({ directory, now: clock })
    await store.settings({ limit: 10 })
    for (let index = 0; index < 45; index++)
      await store.record(send('Purchase', { trace: `T${index}` }))
    const reopened = await new HistoryStore({ directory, now: clock }).list({
      limit: 100,
      offset: 0,
    })
    expect({
      total: reopened.total,
      newest: reopened.entries[0]?.fbtraceId,
      oldest: reopened.entries.at(-1)?.fbtraceId,
      limit: reopened.limit,
    }).toEqual({
      total: 10,
      newest: 'T44',
      oldest: 'T35',
      limit: 10,
    })
  })

  it('refuses an unknown id without echoing it back', async () => {
    const store = new HistoryStore({ directory, now: clock })
    const id = `<img src=x onerror=alert(1)> ${canary}`
    await expect(store.get(id)).rejects.toMatchObject({ code: 'not_found' })
    const message = await store.get(id).catch((error: Error) => error.message)
    expect(message).not.toContain('<img')
    expect(message).not.toContain(canary)
  })

  it('skips a line torn by a crash mid-append', async () => {
    const store = new HistoryStore({ directory, now: clock })
    await store.record(send('Purchase'))
    await appendFile(join(directory, 'history.jsonl'), '{"id":"torn","ti')
    expect((await new HistoryStore({ directory, now: clock }).list()).total).toBe(1)
  })

  it('keeps the next send after a torn line on a line of its own', async () => {
    const store = new HistoryStore({ directory, now: clock })
    await store.record(send('Purchase', { trace: 'before' }))
    await appendFile(join(directory, 'history.jsonl'), '{"id":"torn","ti')
    await new HistoryStore({ directory, now: clock }).record(send('Lead', { trace: 'after' }))
    const reopened = await new HistoryStore({ directory, now: clock }).list()
    expect(reopened.entries.map((entry) => entry.fbtraceId)).toEqual(['after', 'before'])
  })

  it("keeps another process's sends when it rewrites the file", async () => {
    const app = new HistoryStore({ directory, now: clock })
    const mine = await app.record(send('Purchase', { trace: 'app-1' }))
    await app.record(send('Purchase', { trace: 'app-2' }))
    await new HistoryStore({ directory, now: clock }).record(send('Lead', { trace: 'cli' }))
    await app.delete(mine.id)
    const reopened = await new HistoryStore({ directory, now: clock }).list()
    expect(reopened.entries.map((entry) => entry.fbtraceId)).toEqual(['cli', 'app-2'])
  })

  it('still records and lists when its settings file is damaged', async () => {
    await writeFile(join(directory, 'settings.json'), '{"limit": 5')
    const store = new HistoryStore({ directory, now: clock })
    await store.record(send('Purchase', { trace: 'T1' }))
    const listed = await store.list()
    expect([listed.total, listed.limit]).toEqual([1, 1000])
  })

  it('finds an earlier accepted send by event_id or by the same payload, not test sends or failures', async () => {
    const store = new HistoryStore({ directory, now: clock })
    const accepted = await store.record(send('Purchase', { eventId: 'order-7' }))
    await store.record(send('OrderShipped', { test: 'TEST123' }))
    await store.record(send('OrderCanceled', { outcome: 'meta_error' }))
    const bodyOf = (input: RecordSendInput) =>
      JSON.parse(input.result.request.body ?? '{}') as unknown
    const sameId = bodyOf(send('Purchase', { eventId: 'order-7' }))
    ;(sameId as { data: Record<string, unknown>[] }).data[0]!.custom_data = { value: 3 }
    const samePayloadLater = bodyOf(send('Purchase', { eventId: 'order-7' }))
    const results = await Promise.all([
      store.findAccepted(sameId),
      store.findAccepted(samePayloadLater),
      store.findAccepted(bodyOf(send('OrderShipped'))),
      store.findAccepted(bodyOf(send('OrderCanceled'))),
      store.findAccepted(bodyOf(send('Purchase', { eventId: 'order-7', test: 'TEST9' }))),
    ])
    expect(
      results.map((result) => [
        result.skipped,
        result.matches.map((match) => [match.matchedBy, match.entryId]),
      ]),
    ).toEqual([
      [null, [['event_id', accepted.id]]],
      [null, [['event_id', accepted.id]]],
      [null, []],
      [null, []],
      ['test_event', []],
    ])
  })

  it('matches the same payload without an event_id, ignoring event_time', async () => {
    const store = new HistoryStore({ directory, now: clock })
    const accepted = await store.record(send('Purchase'))
    const later = JSON.parse(send('Purchase').result.request.body ?? '{}') as unknown
    const result = await store.findAccepted(later)
    expect(result.matches.map((match) => [match.matchedBy, match.entryId, match.message])).toEqual([
      [
        'payload',
        accepted.id,
        `The same event was already accepted on ${accepted.time} (connection "Acme prod", dataset 555 at https://graph.facebook.com). Meta does not deduplicate business-messaging events: sending it again counts it twice.`,
      ],
    ])
  })
})

describe('capLine', () => {
  it('keeps a history line under the cap by leaving the bulky body out, saying so', async () => {
    const { capLine, maxHistoryLineBytes } = await import('./capLine')
    const store = new HistoryStore({ directory, now: clock })
    const input = send('Purchase')
    input.result.json = { padding: 'x'.repeat(maxHistoryLineBytes * 2) }
    const entry = await store.record(input)
    const line = (await readFile(join(directory, 'history.jsonl'), 'utf8')).trimEnd()
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(maxHistoryLineBytes)
    expect(capLine(entry)).toBe(line)
    expect(JSON.parse(line).response.rawBody).toMatch(/left out of the history/)
  })
})
