import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  berlinDatasetId,
  errorIdentity,
  firstEvent,
  instagramPurchase,
  messengerLead,
  postEvents,
  startTestSandbox,
  testNowSeconds,
  whatsappPurchase,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'

type Json = Record<string, unknown>

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

/** A valid example body with one change made to its first event. */
function broken(make: () => Json, change: (event: Json, userData: Json) => void): Json {
  const body = make()
  const event = firstEvent(body)
  change(event, event.user_data as Json)
  return body
}

function invalid(rule: string, subcode?: number): Json {
  return { status: 400, rule, code: 100, subcode, type: 'OAuthException' }
}

interface RuleCase {
  name: string
  body: Json | string
  options?: Parameters<typeof postEvents>[2]
  expected: Json
}

const hex64 = 'a'.repeat(64)

const cases: RuleCase[] = [
  {
    name: 'R1 missing token → 104',
    body: whatsappPurchase(),
    options: { token: null },
    expected: { status: 400, rule: 'R1', code: 104, subcode: undefined, type: 'OAuthException' },
  },
  {
    name: 'R1 unknown token → 401 190',
    body: whatsappPurchase(),
    options: { token: 'NOT-A-SANDBOX-TOKEN' },
    expected: { status: 401, rule: 'R1', code: 190, subcode: undefined, type: 'OAuthException' },
  },
  {
    name: 'R1 expired token → 401 190/463',
    body: whatsappPurchase(),
    options: { token: 'SANDBOX-TOKEN-EXPIRED' },
    expected: { status: 401, rule: 'R1', code: 190, subcode: 463, type: 'OAuthException' },
  },
  {
    name: 'R1 token lacking the channel permission → 403 (#200)',
    body: whatsappPurchase(),
    options: { token: 'SANDBOX-TOKEN-NO-WHATSAPP' },
    expected: { status: 403, rule: 'R1', code: 200, subcode: undefined, type: 'OAuthException' },
  },
  {
    name: 'R2 malformed version',
    body: whatsappPurchase(),
    options: { version: 'v26' },
    expected: invalid('R2'),
  },
  {
    name: 'R2 unknown dataset → 100/33',
    body: whatsappPurchase(),
    options: { datasetId: '999999999999999' },
    expected: { status: 400, rule: 'R2', code: 100, subcode: 33, type: 'GraphMethodException' },
  },
  {
    name: 'R2 malformed dataset → 100/33',
    body: whatsappPurchase(),
    options: { datasetId: '12345' },
    expected: { status: 400, rule: 'R2', code: 100, subcode: 33, type: 'GraphMethodException' },
  },
  { name: 'R3 no data', body: { test_event_code: 'TEST1' }, expected: invalid('R3') },
  { name: 'R3 empty data', body: { data: [] }, expected: invalid('R3') },
  {
    name: 'R3 more than 1,000 events',
    body: { data: Array.from({ length: 1001 }, () => firstEvent(whatsappPurchase())) },
    expected: invalid('R3'),
  },
  { name: 'R3 malformed JSON', body: '{"data": [', expected: invalid('R3') },
  {
    name: 'R4 test code with a space',
    body: { ...whatsappPurchase(), test_event_code: 'TEST 1' },
    expected: invalid('R4'),
  },
  {
    name: 'R5 no action_source',
    body: broken(whatsappPurchase, (e) => delete e.action_source),
    expected: invalid('R5'),
  },
  {
    name: 'R6 unknown channel',
    body: broken(whatsappPurchase, (e) => (e.messaging_channel = 'telegram')),
    expected: invalid('R6', 2804063),
  },
  {
    name: 'R7 pixel event name',
    body: broken(messengerLead, (e) => (e.event_name = 'Lead')),
    expected: invalid('R7', 2804066),
  },
  {
    name: 'R8 eight days old',
    body: broken(whatsappPurchase, (e) => (e.event_time = testNowSeconds - 8 * 86_400)),
    expected: invalid('R8', 2804003),
  },
  {
    name: 'R8 not an integer',
    body: broken(whatsappPurchase, (e) => (e.event_time = 'yesterday')),
    expected: invalid('R8'),
  },
  {
    name: 'R9 one hour ahead',
    body: broken(whatsappPurchase, (e) => (e.event_time = testNowSeconds + 3600)),
    expected: invalid('R9'),
  },
  {
    name: 'R10 event_source_url',
    body: broken(whatsappPurchase, (e) => (e.event_source_url = 'https://example.com')),
    expected: invalid('R10', 2804064),
  },
  {
    name: 'R11 missing clid',
    body: broken(whatsappPurchase, (_e, u) => delete u.ctwa_clid),
    expected: invalid('R11', 2804071),
  },
  {
    name: 'R11 clid unknown to the WABA',
    body: broken(whatsappPurchase, (_e, u) => (u.ctwa_clid = 'ARAkMadeUpClickId_0123456789')),
    expected: invalid('R11', 2804087),
  },
  {
    name: 'R11 missing WABA',
    body: broken(whatsappPurchase, (_e, u) => delete u.whatsapp_business_account_id),
    expected: invalid('R11', 2804116),
  },
  {
    name: 'R12 missing page_id',
    body: broken(messengerLead, (_e, u) => delete u.page_id),
    expected: invalid('R12', 2804069),
  },
  {
    name: 'R12 missing PSID',
    body: broken(messengerLead, (_e, u) => delete u.page_scoped_user_id),
    expected: invalid('R12'),
  },
  {
    name: 'R13 missing ig_sid',
    body: broken(instagramPurchase, (_e, u) => delete u.ig_sid),
    expected: invalid('R13', 2804075),
  },
  {
    name: 'R13 long Instagram key rejected when strict',
    body: broken(instagramPurchase, (_e, u) => {
      u.instagram_business_account_id = u.ig_account_id
      delete u.ig_account_id
    }),
    expected: invalid('R13', 2804079),
  },
  {
    name: 'R14 hashed page_id',
    body: broken(messengerLead, (_e, u) => (u.page_scoped_user_id = hex64)),
    expected: invalid('R14'),
  },
  {
    name: 'R15 plain email',
    body: broken(messengerLead, (_e, u) => (u.em = ['john@example.com'])),
    expected: invalid('R15'),
  },
  {
    name: 'R16 web event with only city and country',
    body: {
      data: [
        {
          event_name: 'Purchase',
          event_time: testNowSeconds - 60,
          action_source: 'website',
          user_data: { ct: [hex64], country: [hex64] },
          custom_data: { currency: 'USD', value: 1 },
        },
      ],
    },
    expected: invalid('R16', 2804050),
  },
  {
    name: 'R17 Purchase without currency',
    body: broken(whatsappPurchase, (e) => delete (e.custom_data as Json).currency),
    expected: invalid('R17', 2804081),
  },
  {
    name: 'R17 negative value',
    body: broken(whatsappPurchase, (e) => ((e.custom_data as Json).value = -5)),
    expected: invalid('R17'),
  },
  {
    name: 'R18 IG account not linked to the dataset',
    body: broken(instagramPurchase, (_e, u) => (u.ig_account_id = '17841400000000013')),
    expected: invalid('R18', 2804133),
  },
  {
    name: 'R18 WABA not linked to the dataset',
    body: broken(whatsappPurchase, (_e, u) => {
      u.whatsapp_business_account_id = '200000000000001'
      u.ctwa_clid = 'ARAkBerlinClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
    }),
    expected: invalid('R18', 2804131),
  },
  {
    name: 'R18 restricted region (DE)',
    body: broken(messengerLead, (_e, u) => (u.page_id = '200000000000002')),
    options: { datasetId: berlinDatasetId },
    expected: invalid('R18'),
  },
]

describe('events endpoint: each checklist rule answers like Meta', () => {
  it.each(cases)('$name', async ({ body, options, expected }) => {
    expect(errorIdentity(await postEvents(sandbox, body, options))).toEqual(expected)
  })

  it('names the JSON problem in error_user_msg for a malformed body', async () => {
    const answer = await postEvents(sandbox, '{"data": [')
    expect((answer.json.error as Json).error_user_msg).toMatch(
      /^The request body is not valid JSON/,
    )
  })
})

describe('events endpoint: R19 success', () => {
  it.each([
    ['whatsapp', whatsappPurchase],
    ['messenger', messengerLead],
    ['instagram', instagramPurchase],
  ])('accepts the %s example', async (_channel, make) => {
    const answer = await postEvents(sandbox, make())
    expect({
      status: answer.status,
      rule: answer.headers.get('x-capi-workbench-rule'),
      received: answer.json.events_received,
    }).toEqual({ status: 200, rule: 'R19', received: 1 })
  })

  it('answers with Meta headers for any version, the trace ID matching the body', async () => {
    const answer = await postEvents(sandbox, whatsappPurchase(), { version: 'v24.0' })
    const trace = answer.json.fbtrace_id as string
    expect({
      version: answer.headers.get('facebook-api-version'),
      contentType: answer.headers.get('content-type'),
      trace: answer.headers.get('x-fb-trace-id'),
      traceShape: /^[A-Za-z0-9]{22}$/.test(trace),
      requestId: /^[A-Za-z0-9]{24}$/.test(answer.headers.get('x-fb-request-id') ?? ''),
      rev: /^\d+$/.test(answer.headers.get('x-fb-rev') ?? ''),
      body: { ...answer.json, fbtrace_id: 'x' },
    }).toEqual({
      version: 'v24.0',
      contentType: 'application/json',
      trace,
      traceShape: true,
      requestId: true,
      rev: true,
      body: { events_received: 1, messages: [], fbtrace_id: 'x' },
    })
  })

  it('counts every event of a batch', async () => {
    const body = whatsappPurchase()
    body.data = [
      firstEvent(whatsappPurchase()),
      firstEvent(messengerLead()),
      firstEvent(instagramPurchase()),
    ]
    expect((await postEvents(sandbox, body)).json.events_received).toBe(3)
  })
})
