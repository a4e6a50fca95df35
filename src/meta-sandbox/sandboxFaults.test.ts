import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  whatsappPurchase,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox({ faultTiming: { slowBodyByteIntervalMs: 5 } })
})
afterAll(() => sandbox.close())

interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
  bytes: number
  chunks: number
  msToHeaders: number
  msToEnd: number
}

/** POSTs the WhatsApp example over node:http; keeps only the first 64 KB of the body text. */
function send(
  target: RunningSandbox,
  fault: string | undefined,
  datasetId = mainDatasetId,
): Promise<RawAnswer> {
  const payload = JSON.stringify(whatsappPurchase())
  const headers: Record<string, string> = {
    authorization: `Bearer ${sandboxToken}`,
    'content-type': 'application/json',
  }
  if (fault) headers['x-sandbox-fault'] = fault
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = httpRequest(
      `${target.url}/v26.0/${datasetId}/events`,
      { method: 'POST', headers },
      (res) => {
        const msToHeaders = performance.now() - started
        let body = ''
        let bytes = 0
        let chunks = 0
        res.on('data', (chunk: Buffer) => {
          chunks += 1
          bytes += chunk.length
          if (body.length < 65_536) body += chunk.toString('utf8')
        })
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            bytes,
            chunks,
            msToHeaders,
            msToEnd: performance.now() - started,
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

function graphError(answer: RawAnswer): Record<string, unknown> {
  return (JSON.parse(answer.body) as { error: Record<string, unknown> }).error
}

describe('fault modes', () => {
  it('reset drops the connection', async () => {
    await expect(send(sandbox, 'reset')).rejects.toMatchObject({ code: 'ECONNRESET' })
  })

  it('timeout never answers, and close() still finishes', async () => {
    const own = await startTestSandbox()
    const pending = send(own, 'timeout').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = performance.now()
    await own.close()
    expect({ outcome: await pending, closedQuickly: performance.now() - started < 2000 }).toEqual({
      outcome: 'ECONNRESET',
      closedQuickly: true,
    })
  })

  it('http500 answers a transient Meta error with status 500', async () => {
    const answer = await send(sandbox, 'http500')
    const error = graphError(answer)
    expect([answer.status, error.code, error.is_transient]).toEqual([500, 2, true])
  })

  it('html answers an HTML page with status 502', async () => {
    const answer = await send(sandbox, 'html')
    expect([
      answer.status,
      answer.headers['content-type'],
      answer.body.startsWith('<!DOCTYPE html>'),
    ]).toEqual([502, 'text/html; charset=utf-8', true])
  })

  it('slow-body sends the headers at once and trickles the body byte by byte', async () => {
    const answer = await send(sandbox, 'slow-body')
    expect({
      status: answer.status,
      received: (JSON.parse(answer.body) as { events_received: number }).events_received,
      trickled: answer.chunks > 20,
      bodyTookLonger: answer.msToEnd - answer.msToHeaders > 300,
    }).toEqual({ status: 200, received: 1, trickled: true, bodyTookLonger: true })
  })

  it('huge-body streams 50 MB without a content-length', async () => {
    const answer = await send(sandbox, 'huge-body')
    expect({
      status: answer.status,
      bytes: answer.bytes,
      length: answer.headers['content-length'],
      start: answer.body.slice(0, 20),
    }).toEqual({
      status: 200,
      bytes: 50 * 1024 * 1024,
      length: undefined,
      start: '{"events_received":1',
    })
  })

  it('rate-limit answers code 4 / 1504022 with usage headers', async () => {
    const answer = await send(sandbox, 'rate-limit')
    const error = graphError(answer)
    const appUsage = JSON.parse(String(answer.headers['x-app-usage'])) as Record<string, number>
    const businessUsage = JSON.parse(String(answer.headers['x-business-use-case-usage'])) as Record<
      string,
      { type: string; call_count: number }[]
    >
    expect({
      status: answer.status,
      code: error.code,
      subcode: error.error_subcode,
      appCalls: appUsage.call_count,
      business: businessUsage['900000000000001']?.[0]?.type,
    }).toEqual({
      status: 400,
      code: 4,
      subcode: 1504022,
      appCalls: 100,
      business: 'ads_management',
    })
  })

  it("applies a dataset's fault from the fixtures without any header", async () => {
    const answer = await send(sandbox, undefined, '9000000000000003')
    expect(answer.status).toBe(500)
  })

  it('refuses an unknown fault name, naming the known ones', async () => {
    const answer = await send(sandbox, 'meltdown')
    expect([answer.status, String(graphError(answer).message)]).toEqual([
      400,
      'Unknown x-sandbox-fault "meltdown". Known: timeout, reset, http500, html, slow-body, huge-body, rate-limit, zero-received, partial-received.',
    ])
  })

  it('still accepts a normal request after every fault', async () => {
    const answer = await send(sandbox, undefined)
    expect([answer.status, answer.headers['x-capi-workbench-rule']]).toEqual([200, 'R19'])
  })
})

describe('fault modes zero-received and partial-received (spec §7, R19)', () => {
  const pair = (): { data: Record<string, unknown>[]; test_event_code: string } => {
    const event = (whatsappPurchase().data as Record<string, unknown>[])[0]!
    return { data: [event, { ...event, event_id: 'order-10043' }], test_event_code: 'TEST4242' }
  }
  const answer =
    (target: RunningSandbox) =>
    async (body: unknown, headers: Record<string, string>, dataset = mainDatasetId) => {
      const response = await fetch(`${target.url}/v26.0/${dataset}/events`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${sandboxToken}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(body),
      })
      const json = (await response.json()) as Record<string, unknown>
      return [
        response.status,
        json.events_received ?? (json.error as { message?: string } | undefined)?.message,
        response.headers.get('x-capi-workbench-rule'),
        response.headers.get('x-capi-workbench-evidence'),
      ]
    }

  it('answers 200 with 0, or n − 1, events_received from the header', async () => {
    const post = answer(sandbox)
    expect([
      await post(pair(), { 'x-sandbox-fault': 'zero-received' }),
      await post(pair(), { 'x-sandbox-fault': 'partial-received' }),
    ]).toEqual([
      [200, 0, 'R19', 'observed'],
      [200, 1, 'R19', 'observed'],
    ])
  })

  it('checks the request first: a broken one still gets its error', async () => {
    const broken = pair()
    ;(broken.data[0] as Record<string, unknown>).event_name = 'Lead'
    expect((await answer(sandbox)(broken, { 'x-sandbox-fault': 'zero-received' }))[0]).toBe(400)
  })

  it('needs at least 2 events for partial-received', async () => {
    const [status, message] = await answer(sandbox)(whatsappPurchase(), {
      'x-sandbox-fault': 'partial-received',
    })
    expect([status, String(message).includes('at least 2 events')]).toEqual([400, true])
  })

  it('records only the counted events in Test events, and works from the fixtures `fault`', async () => {
    const world = await startTestSandbox()
    try {
      const post = answer(world)
      const body = pair()
      for (const event of body.data as Record<string, Record<string, unknown>>[]) {
        event.user_data!.whatsapp_business_account_id = '900000000000009'
      }
      const fromFixture = await post(body, {}, '9000000000000009')
      expect([fromFixture, world.testEvents.list('TEST4242').length]).toEqual([
        [200, 1, 'R19', 'observed'],
        1,
      ])
    } finally {
      await world.close()
    }
  })
})
