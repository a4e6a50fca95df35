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
import { defaultSandboxFixtures } from './loadSandboxFixtures'
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

type Evidence = 'meta-docs' | 'observed' | 'assumption'

function invalid(rule: string, subcode?: number, evidence: Evidence = 'observed'): Json {
  return { status: 400, rule, code: 100, subcode, type: 'OAuthException', evidence }
}

/** What an accepted request looks like through errorIdentity (no evidence header on a success). */
const accepted: Json = {
  status: 200,
  rule: 'R19',
  code: undefined,
  subcode: undefined,
  type: undefined,
  evidence: null,
}

interface RuleCase {
  name: string
  body: Json | string
  options?: Parameters<typeof postEvents>[2]
  /** Default mode. */
  expected: Json
  /** Strict mode, when it differs (the assumption checks of spec §14). */
  strict?: Json
}

const hex64 = 'a'.repeat(64)
const berlinClid = 'ARAkBerlinClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

const cases: RuleCase[] = [
  {
    name: 'R1 missing token → 104',
    body: whatsappPurchase(),
    options: { token: null },
    expected: {
      status: 400,
      rule: 'R1',
      code: 104,
      subcode: undefined,
      type: 'OAuthException',
      evidence: 'observed',
    },
  },
  {
    name: 'R1 unknown token → 400 190 (revision 2; revision 1 said 401)',
    body: whatsappPurchase(),
    options: { token: 'NOT-A-SANDBOX-TOKEN' },
    expected: {
      status: 400,
      rule: 'R1',
      code: 190,
      subcode: undefined,
      type: 'OAuthException',
      evidence: 'meta-docs',
    },
  },
  {
    name: 'R1 expired token → 400 190/463',
    body: whatsappPurchase(),
    options: { token: 'SANDBOX-TOKEN-EXPIRED' },
    expected: {
      status: 400,
      rule: 'R1',
      code: 190,
      subcode: 463,
      type: 'OAuthException',
      evidence: 'meta-docs',
    },
  },
  {
    name: 'R1 token lacking the channel permission → 403 (#200)',
    body: whatsappPurchase(),
    options: { token: 'SANDBOX-TOKEN-NO-WHATSAPP' },
    expected: {
      status: 403,
      rule: 'R1',
      code: 200,
      subcode: undefined,
      type: 'OAuthException',
      evidence: 'meta-docs',
    },
  },
  {
    name: 'R2 malformed version',
    body: whatsappPurchase(),
    options: { version: 'v26' },
    expected: invalid('R2', undefined, 'meta-docs'),
  },
  {
    name: 'R2 unknown dataset → 100/33',
    body: whatsappPurchase(),
    options: { datasetId: '999999999999999' },
    expected: {
      status: 400,
      rule: 'R2',
      code: 100,
      subcode: 33,
      type: 'GraphMethodException',
      evidence: 'observed',
    },
  },
  {
    name: 'R2 malformed dataset → 100/33',
    body: whatsappPurchase(),
    options: { datasetId: '12345' },
    expected: {
      status: 400,
      rule: 'R2',
      code: 100,
      subcode: 33,
      type: 'GraphMethodException',
      evidence: 'observed',
    },
  },
  {
    name: 'R3 no data',
    body: { test_event_code: 'TEST1' },
    expected: invalid('R3', undefined, 'meta-docs'),
  },
  { name: 'R3 empty data', body: { data: [] }, expected: invalid('R3', undefined, 'meta-docs') },
  {
    name: 'R3 more than 1,000 events',
    body: { data: Array.from({ length: 1001 }, () => firstEvent(whatsappPurchase())) },
    expected: invalid('R3', undefined, 'meta-docs'),
  },
  {
    name: 'R3 malformed JSON',
    body: '{"data": [',
    expected: invalid('R3', undefined, 'meta-docs'),
  },
  {
    name: 'R4 test code with a space',
    body: { ...whatsappPurchase(), test_event_code: 'TEST 1' },
    expected: invalid('R4', undefined, 'meta-docs'),
  },
  {
    name: 'R5 no action_source',
    body: broken(whatsappPurchase, (e) => delete e.action_source),
    expected: invalid('R5', undefined, 'meta-docs'),
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
    expected: invalid('R8', 2804003, 'meta-docs'),
  },
  {
    name: 'R8 not an integer',
    body: broken(whatsappPurchase, (e) => (e.event_time = 'yesterday')),
    expected: invalid('R8', undefined, 'meta-docs'),
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
    name: 'R11 hashed clid (64 hex)',
    body: broken(whatsappPurchase, (_e, u) => (u.ctwa_clid = hex64)),
    expected: invalid('R11', 2804087),
  },
  {
    name: 'R11 clid under 20 characters',
    body: broken(whatsappPurchase, (_e, u) => (u.ctwa_clid = 'ARAkShortClick_1234')),
    expected: invalid('R11', 2804087),
  },
  {
    name: 'R11 clid with a character outside A–Z a–z 0–9 _ -',
    body: broken(whatsappPurchase, (_e, u) => (u.ctwa_clid = 'ARAkDocsExampleClickId+0123456789')),
    expected: invalid('R11', 2804087),
  },
  {
    name: 'R11 neither WABA ID nor page_id → 2804116',
    body: broken(whatsappPurchase, (_e, u) => delete u.whatsapp_business_account_id),
    expected: invalid('R11', 2804116),
  },
  {
    name: 'R11 page_id instead of the WABA ID → 2804131',
    body: broken(whatsappPurchase, (_e, u) => {
      delete u.whatsapp_business_account_id
      u.page_id = '100000000000002'
    }),
    expected: invalid('R11', 2804131),
  },
  {
    name: 'R11 WABA ID and page_id together → accepted',
    body: broken(whatsappPurchase, (_e, u) => (u.page_id = '100000000000002')),
    expected: accepted,
  },
  {
    name: 'R12 missing page_id',
    body: broken(messengerLead, (_e, u) => delete u.page_id),
    expected: invalid('R12', 2804069, 'meta-docs'),
  },
  {
    name: 'R12 missing PSID',
    body: broken(messengerLead, (_e, u) => delete u.page_scoped_user_id),
    expected: invalid('R12', undefined, 'meta-docs'),
  },
  {
    name: 'R13 missing ig_sid',
    body: broken(instagramPurchase, (_e, u) => delete u.ig_sid),
    expected: invalid('R13', 2804075),
  },
  {
    name: 'R13 no Instagram account key',
    body: broken(instagramPurchase, (_e, u) => delete u.ig_account_id),
    expected: invalid('R13', 2804079),
  },
  {
    name: 'R13 only the long Instagram key: accepted, rejected when strict',
    body: broken(instagramPurchase, (_e, u) => {
      u.instagram_business_account_id = u.ig_account_id
      delete u.ig_account_id
    }),
    expected: accepted,
    strict: invalid('R13', 2804079, 'assumption'),
  },
  {
    name: 'R14 hashed PSID: accepted, rejected when strict',
    body: broken(messengerLead, (_e, u) => (u.page_scoped_user_id = hex64)),
    expected: accepted,
    strict: invalid('R14', undefined, 'assumption'),
  },
  {
    name: 'R14 IDs as JSON integers → accepted in both modes',
    body: broken(messengerLead, (_e, u) => {
      u.page_id = 100000000000002
      u.page_scoped_user_id = 7000000000000001
    }),
    expected: accepted,
  },
  {
    name: 'R14/R18 IG account ID as an integer above 2^53 − 1: digits read exactly, linked → accepted',
    body: JSON.stringify(instagramPurchase()).replace(
      '"ig_account_id":"17841400000000003"',
      '"ig_account_id":17841400000000003',
    ),
    expected: accepted,
  },
  {
    name: 'R15 plain email',
    body: broken(messengerLead, (_e, u) => (u.em = ['john@example.com'])),
    expected: invalid('R15', undefined, 'meta-docs'),
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
    expected: invalid('R16', 2804050, 'meta-docs'),
  },
  {
    name: 'R17 Purchase without currency → 2804081',
    body: broken(whatsappPurchase, (e) => delete (e.custom_data as Json).currency),
    expected: invalid('R17', 2804081),
  },
  {
    name: 'R17 OrderCreated without currency (no value either) → 2804081',
    body: broken(messengerLead, (e) => {
      e.event_name = 'OrderCreated'
      e.custom_data = { order_id: '10042' }
    }),
    expected: invalid('R17', 2804081),
  },
  {
    name: 'R17 currency that is not ISO 4217',
    body: broken(whatsappPurchase, (e) => ((e.custom_data as Json).currency = 'XYZ')),
    expected: invalid('R17', undefined, 'meta-docs'),
  },
  {
    name: 'R17 lower-case currency → accepted',
    body: broken(whatsappPurchase, (e) => ((e.custom_data as Json).currency = 'usd')),
    expected: accepted,
  },
  {
    name: 'R17 negative value: accepted, rejected when strict',
    body: broken(whatsappPurchase, (e) => ((e.custom_data as Json).value = -5)),
    expected: accepted,
    strict: invalid('R17', undefined, 'assumption'),
  },
  {
    name: 'R17 Purchase without value: accepted, rejected when strict',
    body: broken(whatsappPurchase, (e) => delete (e.custom_data as Json).value),
    expected: accepted,
    strict: invalid('R17', undefined, 'assumption'),
  },
  {
    name: 'R17 Purchase with a non-numeric value: accepted, rejected when strict',
    body: broken(whatsappPurchase, (e) => ((e.custom_data as Json).value = 'forty')),
    expected: accepted,
    strict: invalid('R17', undefined, 'assumption'),
  },
  {
    name: 'R17 OrderShipped without currency: accepted, 2804081 when strict',
    body: broken(messengerLead, (e) => {
      e.event_name = 'OrderShipped'
      e.custom_data = { value: 10 }
    }),
    expected: accepted,
    strict: invalid('R17', 2804081, 'assumption'),
  },
  {
    name: 'R17 value without currency on LeadSubmitted: accepted, 2804081 when strict',
    body: broken(messengerLead, (e) => (e.custom_data = { value: 10 })),
    expected: accepted,
    strict: invalid('R17', 2804081, 'assumption'),
  },
  {
    name: 'R18 IG account not linked to the dataset',
    body: broken(instagramPurchase, (_e, u) => (u.ig_account_id = '17841400000000013')),
    expected: invalid('R18', 2804133),
  },
  {
    name: 'R18 Page not linked to the dataset',
    body: broken(messengerLead, (_e, u) => (u.page_id = '200000000000002')),
    expected: invalid('R18', 2804131),
  },
  {
    name: 'R18 WABA of another dataset → 2804132',
    body: broken(whatsappPurchase, (_e, u) => {
      u.whatsapp_business_account_id = '200000000000001'
      u.ctwa_clid = berlinClid
    }),
    expected: invalid('R18', 2804132),
  },
  {
    name: 'R18 WABA unknown to every dataset → 2804132',
    body: broken(whatsappPurchase, (_e, u) => (u.whatsapp_business_account_id = '300000000000001')),
    expected: invalid('R18', 2804132),
  },
  {
    name: 'R18 restricted region, Page (DE)',
    body: broken(messengerLead, (_e, u) => (u.page_id = '200000000000002')),
    options: { datasetId: berlinDatasetId },
    expected: invalid('R18'),
  },
  {
    name: 'R18 restricted region, Instagram account (DE)',
    body: broken(instagramPurchase, (_e, u) => (u.ig_account_id = '17841400000000013')),
    options: { datasetId: berlinDatasetId },
    expected: invalid('R18'),
  },
  {
    name: 'R18 WABA in a restricted region (DE): accepted, rejected when strict',
    body: broken(whatsappPurchase, (_e, u) => {
      u.whatsapp_business_account_id = '200000000000001'
      u.ctwa_clid = berlinClid
    }),
    options: { datasetId: berlinDatasetId },
    expected: accepted,
    strict: invalid('R18', undefined, 'assumption'),
  },
  {
    name: 'R19 two events with one event_id → both counted',
    body: { data: [firstEvent(whatsappPurchase()), firstEvent(whatsappPurchase())] },
    expected: accepted,
  },
]

describe('events endpoint: each checklist rule answers like Meta (default mode)', () => {
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

describe('events endpoint: strict mode (capi sandbox --strict) adds the assumption checks', () => {
  let strictSandbox: RunningSandbox
  beforeAll(async () => {
    strictSandbox = await startTestSandbox({ strict: true })
  })
  afterAll(() => strictSandbox.close())

  it.each(cases)('$name', async ({ body, options, expected, strict }) => {
    expect(errorIdentity(await postEvents(strictSandbox, body, options))).toEqual(
      strict ?? expected,
    )
  })

  it('turns on with "strict": true in the fixtures', async () => {
    const fromFixtures = await startTestSandbox({
      fixtures: { ...defaultSandboxFixtures(), strict: true },
    })
    try {
      const body = broken(whatsappPurchase, (e) => ((e.custom_data as Json).value = -5))
      expect(errorIdentity(await postEvents(fromFixtures, body))).toEqual(
        invalid('R17', undefined, 'assumption'),
      )
    } finally {
      await fromFixtures.close()
    }
  })

  it("answers R9 with Meta's observed words", async () => {
    const body = broken(whatsappPurchase, (e) => (e.event_time = testNowSeconds + 3600))
    const error = (await postEvents(sandbox, body)).json.error as Json
    expect([error.error_user_title, error.error_user_msg]).toEqual([
      'Invalid parameter',
      'Parameter value is invalid, future or not in the correct unix format',
    ])
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
