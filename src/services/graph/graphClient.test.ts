import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendResultSchema } from '../../shared/capi/sendResult'
import {
  type GraphTestServer,
  sendJson,
  startGraphTestServer,
} from '../../../test/support/graphTestServer'
import { GraphClient } from './graphClient'

const canary = 'CANARY-GRAPH-TOKEN-7f3a9c'
const dataset = '123456789012345'

function event(name = 'Purchase') {
  return { event_name: name, event_time: 1795500000, action_source: 'business_messaging' }
}

let server: GraphTestServer
let client: GraphClient

beforeAll(async () => {
  server = await startGraphTestServer((request, response) => {
    const body = request.body ? (JSON.parse(request.body) as { data?: unknown[] }) : {}
    const scenario = request.headers['x-test-scenario']
    if (request.method === 'GET') {
      sendJson(response, 200, { path: request.url })
    } else if (scenario === 'partial') {
      sendJson(response, 200, { events_received: 1, messages: [], fbtrace_id: 'Tp1' })
    } else if (scenario === 'invalid-name') {
      sendJson(response, 400, {
        error: {
          message: 'Invalid parameter',
          type: 'OAuthException',
          code: 100,
          error_subcode: 2804066,
          is_transient: false,
          error_user_title: 'Messaging Event Invalid Event Type',
          error_user_msg: '<localized>',
          fbtrace_id: 'B2trace',
        },
      })
    } else if (scenario === 'region') {
      sendJson(
        response,
        400,
        {
          error: {
            message: 'Invalid parameter',
            type: 'OAuthException',
            code: 100,
            fbtrace_id: 'R18t',
          },
        },
        { 'x-capi-workbench-rule': 'R18' },
      )
    } else if (scenario === 'echo-header') {
      sendJson(
        response,
        200,
        { events_received: 1, messages: [] },
        { 'x-echo-authorization': String(request.headers.authorization) },
      )
    } else if (scenario === 'error-in-200') {
      sendJson(response, 200, { error: { code: 2, type: 'OAuthException', message: 'Service' } })
    } else {
      sendJson(response, 200, {
        events_received: body.data?.length ?? 0,
        messages: [],
        fbtrace_id: 'Ax7trace',
      })
    }
  })
  client = new GraphClient({ now: () => Date.parse('2026-11-24T06:00:00Z') })
})

afterAll(async () => {
  await client.close()
  await server.close()
})

function send(body: unknown, scenario?: string) {
  return client.sendEvents({
    baseUrl: server.url,
    version: 'v26.0',
    datasetId: dataset,
    token: canary,
    body,
    headers: scenario ? { 'x-test-scenario': scenario } : {},
  })
}

describe('GraphClient.sendEvents', () => {
  it('posts the body with the token only in the Authorization header', async () => {
    await send({ data: [event()], test_event_code: 'TEST12345' })
    const received = server.received.at(-1)!
    expect({
      method: received.method,
      url: received.url,
      authorization: received.headers.authorization,
      contentType: received.headers['content-type'],
      body: JSON.parse(received.body),
    }).toEqual({
      method: 'POST',
      url: `/v26.0/${dataset}/events`,
      authorization: `Bearer ${canary}`,
      contentType: 'application/json',
      body: { data: [event()], test_event_code: 'TEST12345' },
    })
  })

  it('records an accepted answer with redacted request, headers and trace id', async () => {
    const result = await send({ data: [event(), event('LeadSubmitted')] })
    const { timing: _timing, ...rest } = result
    expect(rest).toEqual({
      outcome: 'accepted',
      request: {
        method: 'POST',
        url: `${server.url}/v26.0/${dataset}/events`,
        headers: expect.objectContaining({
          authorization: 'Bearer <REDACTED>',
          'content-type': 'application/json',
        }),
        body: JSON.stringify({ data: [event(), event('LeadSubmitted')] }),
      },
      status: 200,
      headers: expect.objectContaining({
        'x-fb-trace-id': 'AbC1dEf2GhI3jK',
        'x-fb-rev': '1000000',
        'facebook-api-version': 'v26.0',
      }),
      rawBody: '{"events_received":2,"messages":[],"fbtrace_id":"Ax7trace"}',
      json: { events_received: 2, messages: [], fbtrace_id: 'Ax7trace' },
      eventsReceived: 2,
      eventsSent: 2,
      fbtraceId: 'Ax7trace',
      slow: false,
      startedAt: '2026-11-24T06:00:00.000Z',
    })
    expect(sendResultSchema.parse(result)).toEqual(result)
  })

  it('redacts the token when a server echoes it in a response header', async () => {
    const result = await send({ data: [event()] }, 'echo-header')
    expect([
      result.headers['x-echo-authorization'],
      JSON.stringify(result).includes(canary),
    ]).toEqual(['Bearer <REDACTED>', false])
  })

  it('gives timing phases that add up to the total', async () => {
    const { timing } = await send({ data: [event()] })
    const sum = timing.queueMs + timing.connectMs + timing.tlsMs + timing.ttfbMs + timing.downloadMs
    expect(Math.abs(sum - timing.totalMs)).toBeLessThan(0.5)
  })

  it('counts a first connection in connectMs and a reused one as 0', async () => {
    const fresh = new GraphClient()
    const connectTimes: number[] = []
    for (let index = 0; index < 4; index += 1) {
      const result = await fresh.sendEvents({
        baseUrl: server.url,
        version: 'v26.0',
        datasetId: dataset,
        token: canary,
        body: { data: [event()] },
      })
      connectTimes.push(result.timing.connectMs)
    }
    await fresh.close()
    // undici may open a second socket for the second request; the later ones reuse a socket.
    expect([connectTimes[0]! > 0, connectTimes.at(-1)]).toEqual([true, 0])
  })

  it('sends JSON text byte for byte and counts its events', async () => {
    const text = '{ "data": [ {"event_name":"Purchase"} ] }'
    const result = await send(text)
    expect([server.received.at(-1)!.body, result.eventsSent, result.outcome]).toEqual([
      text,
      1,
      'accepted',
    ])
  })

  it('reports a 200 with fewer events received than sent as partial, a failure', async () => {
    const result = await send({ data: [event(), event(), event()] }, 'partial')
    expect([
      result.outcome,
      result.eventsReceived,
      result.eventsSent,
      result.explanation?.title,
    ]).toEqual(['partial', 1, 3, 'Meta counted only some of the events'])
  })

  it("explains Meta's error answer from the catalog", async () => {
    const result = await send({ data: [event('Lead')] }, 'invalid-name')
    expect([result.outcome, result.status, result.fbtraceId, result.explanation?.title]).toEqual([
      'meta_error',
      400,
      'B2trace',
      'Messaging Event Invalid Event Type',
    ])
  })

  it('passes the sandbox rule header to the catalog', async () => {
    const result = await send({ data: [event()] }, 'region')
    expect([result.explanation?.title, result.explanation?.rule]).toEqual([
      'Messaging Event Within Messaging Restrictive Region',
      'R18',
    ])
  })

  it('treats an error object in a 200 answer as a Meta error', async () => {
    const result = await send({ data: [event()] }, 'error-in-200')
    expect([result.outcome, result.explanation?.title]).toEqual(['meta_error', 'API Service'])
  })
})

describe('GraphClient connection checks (spec §9)', () => {
  it('calls each lookup path with the token in the header only', async () => {
    const target = { baseUrl: `${server.url}/`, version: 'v26.0', token: canary }
    const results = [
      await client.debugToken(target),
      await client.getMe(target),
      await client.getPermissions(target),
      await client.getDataset({ ...target, datasetId: dataset }),
      await client.getAssetDataset({ ...target, kind: 'whatsapp', id: '100000000000001' }),
    ]
    expect(results.map((result) => [result.outcome, result.request.url])).toEqual([
      ['ok', `${server.url}/v26.0/debug_token?input_token=<REDACTED>`],
      ['ok', `${server.url}/v26.0/me?fields=id,name`],
      ['ok', `${server.url}/v26.0/me/permissions`],
      [
        'ok',
        `${server.url}/v26.0/${dataset}?fields=id,name,last_fired_time,owner_business,is_unavailable`,
      ],
      ['ok', `${server.url}/v26.0/100000000000001/dataset`],
    ])
    expect(JSON.stringify(results)).not.toContain(canary)
  })

  it('refuses an endpoint that is not an http(s) URL', async () => {
    await expect(
      client.getMe({ baseUrl: 'ftp://example.com', version: 'v26.0', token: canary }),
    ).rejects.toThrow('The endpoint must be an http or https URL.')
  })
})
