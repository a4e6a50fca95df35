import { describe, expect, it } from 'vitest'
import {
  exampleHashes,
  exampleIds,
  exampleInstagramPurchase,
  exampleMessengerLead,
  exampleWhatsAppPurchase,
} from './exampleBodies'
import { findFirstFailure } from './findFirstFailure'
import { ruleTable } from './ruleTable'
import type { AssetFacts, RequestContext, RuleFailure } from './ruleTypes'

const now = 1795500000
const assets: Record<string, AssetFacts> = {
  [`whatsapp:${exampleIds.wabaId}`]: {
    country: 'US',
    linkedDatasetIds: [exampleIds.datasetId],
    clids: [exampleIds.ctwaClid],
  },
  [`page:${exampleIds.pageId}`]: { country: 'BR', linkedDatasetIds: [exampleIds.datasetId] },
  [`instagram:${exampleIds.igAccountId}`]: {
    country: 'ID',
    linkedDatasetIds: [exampleIds.datasetId],
  },
  'page:100000000000009': { country: 'DE', linkedDatasetIds: [exampleIds.datasetId] },
  'instagram:17841400000000099': { country: 'US', linkedDatasetIds: ['999999999999999'] },
  'instagram:17841400000000098': { country: 'JP', linkedDatasetIds: [exampleIds.datasetId] },
  'whatsapp:200000000000001': {
    country: 'DE',
    linkedDatasetIds: [exampleIds.datasetId],
    clids: [exampleIds.ctwaClid],
  },
  'whatsapp:300000000000001': { country: 'US', linkedDatasetIds: ['999999999999999'] },
}
const ctx: RequestContext = {
  nowSeconds: now,
  strict: false,
  token: 'valid',
  version: 'v26.0',
  datasetId: exampleIds.datasetId,
  datasetAccessible: true,
  lookupAsset: (kind, id) => assets[`${kind}:${id}`],
}

type Body = Record<string, unknown>
type Event = Record<string, unknown> & {
  user_data: Record<string, unknown>
  custom_data?: Record<string, unknown>
}

function edit(make: (time: number) => Body, change: (event: Event, body: Body) => void): Body {
  const body = structuredClone(make(now))
  change((body['data'] as Event[])[0]!, body)
  return body
}
const whatsapp = (change: (event: Event, body: Body) => void) =>
  edit(exampleWhatsAppPurchase, change)
const messenger = (change: (event: Event, body: Body) => void) => edit(exampleMessengerLead, change)
const instagram = (change: (event: Event, body: Body) => void) =>
  edit(exampleInstagramPurchase, change)

/** rule, HTTP status, code, subcode (or undefined), title, evidence level. */
type Expected = [string, number, number, number | undefined, string, string]
function summary(failure: RuleFailure | null): Expected | null {
  return (
    failure && [
      failure.rule,
      failure.httpStatus,
      failure.code,
      failure.subcode,
      failure.title,
      failure.evidence.level,
    ]
  )
}
const invalid = (
  rule: string,
  title: string,
  subcode?: number,
  evidence = 'observed',
): Expected => [rule, 400, 100, subcode, title, evidence]
const docsInvalid = (rule: string, title: string, subcode?: number): Expected =>
  invalid(rule, title, subcode, 'meta-docs')
const assumed = (rule: string, title: string, subcode?: number): Expected =>
  invalid(rule, title, subcode, 'assumption')

describe('findFirstFailure: valid requests (R19)', () => {
  it('accepts the §13 examples of each channel', () => {
    expect(
      [exampleWhatsAppPurchase(now), exampleMessengerLead(now), exampleInstagramPurchase(now)].map(
        (body) => findFirstFailure(body, ctx),
      ),
    ).toEqual([null, null, null])
  })

  it('accepts edge values: form data as a JSON string, event 60 s ahead, numeric string value, 1,000 events', () => {
    const event = (exampleWhatsAppPurchase(now)['data'] as unknown[])[0]
    const bodies = [
      { data: JSON.stringify([event]) },
      whatsapp((e) => (e['event_time'] = now + 60)),
      whatsapp((e) => (e.custom_data!['value'] = '49.90')),
      whatsapp((e) => (e['event_time'] = now - 604_800)),
      { data: Array.from({ length: 1000 }, () => event) },
      instagram((e) => {
        delete e.user_data['ig_account_id']
        e.user_data['instagram_business_account_id'] = exampleIds.igAccountId
      }),
    ]
    expect(bodies.map((body) => findFirstFailure(body, ctx))).toEqual(bodies.map(() => null))
  })

  it('applies R16 and not the messaging rules to other action sources', () => {
    const web = whatsapp((e) => {
      e['action_source'] = 'website'
      delete e['messaging_channel']
      e['event_name'] = 'Lead'
      e.user_data = { em: [exampleHashes.em], client_ip_address: '10.0.0.1' }
    })
    expect(findFirstFailure(web, ctx)).toBeNull()
  })
})

describe('findFirstFailure: each broken rule gives Meta’s error, default and strict mode', () => {
  const strict = { strict: true }
  /** name, body, default-mode answer, context change, strict-mode answer when it differs. */
  const cases: [string, Body, Expected | null, Partial<RequestContext>?, (Expected | null)?][] = [
    [
      'R1 no token',
      exampleWhatsAppPurchase(now),
      [
        'R1',
        400,
        104,
        undefined,
        'An access token is required to request this resource.',
        'observed',
      ],
      { token: 'missing' },
    ],
    [
      'R1 unknown token (HTTP 400, revision 2)',
      exampleWhatsAppPurchase(now),
      [
        'R1',
        400,
        190,
        undefined,
        'Invalid OAuth access token - Cannot parse access token',
        'meta-docs',
      ],
      { token: 'unknown' },
    ],
    [
      'R2 bad version',
      exampleWhatsAppPurchase(now),
      docsInvalid('R2', 'Invalid API version'),
      { version: 'v26' },
    ],
    [
      'R2 malformed dataset',
      exampleWhatsAppPurchase(now),
      ['R2', 400, 100, 33, 'Unsupported post request', 'observed'],
      { datasetId: '12345' },
    ],
    [
      'R2 dataset not granted',
      exampleWhatsAppPurchase(now),
      ['R2', 400, 100, 33, 'Unsupported post request', 'observed'],
      { datasetAccessible: false },
    ],
    ['R3 no data', { test_event_code: 'TEST1' }, docsInvalid('R3', 'Invalid data parameter')],
    ['R3 empty data', { data: [] }, docsInvalid('R3', 'Invalid data parameter')],
    [
      'R3 1,001 events',
      { data: Array.from({ length: 1001 }, () => ({})) },
      docsInvalid('R3', 'Invalid data parameter'),
    ],
    [
      'R3 form data not JSON',
      { data: '[{"event_name":' },
      docsInvalid('R3', 'Invalid data parameter'),
    ],
    ['R3 event not an object', { data: ['Purchase'] }, docsInvalid('R3', 'Invalid data parameter')],
    [
      'R4 test code with a space',
      whatsapp((_e, b) => (b['test_event_code'] = 'TEST 1')),
      docsInvalid('R4', 'Invalid test event code'),
    ],
    [
      'R5 no action_source',
      whatsapp((e) => delete e['action_source']),
      docsInvalid('R5', 'Missing action_source'),
    ],
    [
      'R6 bad channel',
      whatsapp((e) => (e['messaging_channel'] = 'WhatsApp')),
      invalid('R6', 'Missing Messaging Channel Parameter', 2804063),
    ],
    [
      'R7 Lead',
      messenger((e) => (e['event_name'] = 'Lead')),
      invalid('R7', 'Messaging Event Invalid Event Type', 2804066),
    ],
    [
      'R8 8 days old',
      whatsapp((e) => (e['event_time'] = now - 8 * 86_400)),
      docsInvalid('R8', 'Event Timestamp Too Old', 2804003),
    ],
    [
      'R8 time as text',
      whatsapp((e) => (e['event_time'] = String(now))),
      docsInvalid('R8', 'Invalid event_time'),
    ],
    [
      'R9 61 s ahead',
      whatsapp((e) => (e['event_time'] = now + 61)),
      invalid('R9', 'Invalid parameter'),
    ],
    [
      'R9 milliseconds',
      whatsapp((e) => (e['event_time'] = now * 1000)),
      invalid('R9', 'Invalid parameter'),
    ],
    [
      'R10 event_source_url',
      whatsapp((e) => (e['event_source_url'] = 'https://x.test')),
      invalid('R10', 'Messaging Event Invalid Argument', 2804064),
    ],
    [
      'R10 client_user_agent',
      instagram((e) => (e.user_data['client_user_agent'] = 'UA')),
      invalid('R10', 'Messaging Event Invalid Argument', 2804064),
    ],
    [
      'R11 no clid',
      whatsapp((e) => delete e.user_data['ctwa_clid']),
      invalid('R11', 'Missing CTWA clid', 2804071),
    ],
    [
      'R11 clid with a space',
      whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkDocsExampleClickId 0123456789')),
      invalid('R11', 'Messaging Event Invalid Ctwa Clid', 2804087),
    ],
    [
      'R11 hashed clid (64 hex)',
      whatsapp((e) => (e.user_data['ctwa_clid'] = exampleHashes.em)),
      invalid('R11', 'Messaging Event Invalid Ctwa Clid', 2804087),
    ],
    [
      'R11 clid of 19 characters',
      whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkShortClick_1234')),
      invalid('R11', 'Messaging Event Invalid Ctwa Clid', 2804087),
    ],
    [
      'R11 clid of no click',
      whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkInventedClickId_000000000000')),
      invalid('R11', 'Messaging Event Invalid Ctwa Clid', 2804087),
    ],
    [
      'R11 neither WABA ID nor page_id',
      whatsapp((e) => delete e.user_data['whatsapp_business_account_id']),
      invalid('R11', 'Missing Page or WhatsApp Business Account identification', 2804116),
    ],
    [
      'R11 page_id without the WABA ID',
      whatsapp((e) => {
        delete e.user_data['whatsapp_business_account_id']
        e.user_data['page_id'] = exampleIds.pageId
      }),
      invalid('R11', 'No Page Associated To Dataset', 2804131),
    ],
    [
      'R12 no Page',
      messenger((e) => delete e.user_data['page_id']),
      docsInvalid('R12', 'Missing Page ID', 2804069),
    ],
    [
      'R12 no PSID',
      messenger((e) => delete e.user_data['page_scoped_user_id']),
      docsInvalid('R12', 'Missing Page Scoped User ID'),
    ],
    [
      'R13 no IGSID',
      instagram((e) => delete e.user_data['ig_sid']),
      invalid('R13', 'Missing ig_sid', 2804075),
    ],
    [
      'R13 no account key',
      instagram((e) => delete e.user_data['ig_account_id']),
      invalid('R13', 'Missing IG Account ID', 2804079),
    ],
    [
      'R13 only the long key: accepted; strict rejects',
      instagram((e) => {
        delete e.user_data['ig_account_id']
        e.user_data['instagram_business_account_id'] = exampleIds.igAccountId
      }),
      null,
      {},
      assumed('R13', 'Missing IG Account ID', 2804079),
    ],
    [
      'R14 hashed PSID: accepted; strict rejects',
      messenger((e) => (e.user_data['page_scoped_user_id'] = exampleHashes.em)),
      null,
      {},
      assumed('R14', 'Invalid identifier'),
    ],
    [
      'R14 WABA ID with letters: accepted; strict rejects',
      whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = 'waba-1')),
      null,
      {},
      assumed('R14', 'Invalid identifier'),
    ],
    [
      'R14 numeric WABA (JSON integer): accepted in both modes (revision 1 rejected it)',
      whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = 100000000000001)),
      null,
    ],
    [
      'R15 plain phone',
      whatsapp((e) => (e.user_data['ph'] = ['16505551212'])),
      docsInvalid('R15', 'Customer information not hashed'),
    ],
    [
      'R15 upper-case hash',
      messenger((e) => (e.user_data['em'] = exampleHashes.em.toUpperCase())),
      docsInvalid('R15', 'Customer information not hashed'),
    ],
    [
      'R16 weak subset on a web event',
      whatsapp((e) => {
        e['action_source'] = 'website'
        e.user_data = { fn: [exampleHashes.em], ge: [exampleHashes.ph] }
      }),
      docsInvalid('R16', 'Insufficient customer information', 2804050),
    ],
    [
      'R17 Purchase without currency',
      whatsapp((e) => delete e.custom_data!['currency']),
      invalid('R17', 'Currency missing', 2804081),
    ],
    [
      'R17 OrderCreated without currency or value',
      messenger((e) => {
        e['event_name'] = 'OrderCreated'
        e['custom_data'] = { order_id: '1' }
      }),
      invalid('R17', 'Currency missing', 2804081),
    ],
    [
      'R17 unknown currency',
      whatsapp((e) => (e.custom_data!['currency'] = 'XYZ')),
      docsInvalid('R17', 'Invalid currency'),
    ],
    [
      'R17 lower-case currency: accepted',
      whatsapp((e) => (e.custom_data!['currency'] = 'usd')),
      null,
    ],
    [
      'R17 negative value: accepted; strict rejects',
      whatsapp((e) => (e.custom_data!['value'] = -1)),
      null,
      {},
      assumed('R17', 'Invalid value'),
    ],
    [
      'R17 Purchase without value: accepted; strict rejects',
      instagram((e) => delete e.custom_data!['value']),
      null,
      {},
      assumed('R17', 'Missing or invalid value for Purchase'),
    ],
    [
      'R17 OrderShipped without currency: accepted; strict 2804081',
      messenger((e) => {
        e['event_name'] = 'OrderShipped'
        e['custom_data'] = { value: 10 }
      }),
      null,
      {},
      assumed('R17', 'Currency missing', 2804081),
    ],
    [
      'R17 value without currency on LeadSubmitted: accepted; strict 2804081 (revision 1 rejected it)',
      messenger((e) => (e['custom_data'] = { value: 10 })),
      null,
      {},
      assumed('R17', 'Currency missing', 2804081),
    ],
    [
      'R18 IG account not linked',
      instagram((e) => (e.user_data['ig_account_id'] = '17841400000000099')),
      invalid('R18', 'No IG Account Associated To Dataset', 2804133),
    ],
    [
      'R18 Page unknown to the dataset',
      messenger((e) => (e.user_data['page_id'] = '100000000000077')),
      invalid('R18', 'No Page Associated To Dataset', 2804131),
    ],
    [
      'R18 WABA of another dataset',
      whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = '300000000000001')),
      invalid('R18', 'No WhatsApp Business Account linked to this dataset', 2804132),
    ],
    [
      'R18 WABA unknown (the dataset has no WhatsApp asset)',
      whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = '400000000000001')),
      invalid('R18', 'No WhatsApp Business Account linked to this dataset', 2804132),
    ],
    [
      'R18 restricted region, Page',
      messenger((e) => (e.user_data['page_id'] = '100000000000009')),
      invalid('R18', 'Messaging Event Within Messaging Restrictive Region'),
    ],
    [
      'R18 restricted region, Instagram account',
      instagram((e) => (e.user_data['ig_account_id'] = '17841400000000098')),
      invalid('R18', 'Messaging Event Within Messaging Restrictive Region'),
    ],
    [
      'R18 WABA in a restricted region: accepted; strict rejects',
      whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = '200000000000001')),
      null,
      {},
      assumed('R18', 'Messaging Event Within Messaging Restrictive Region'),
    ],
  ]
  it.each(cases)('%s (default mode)', (_name, body, expected, override) => {
    expect(summary(findFirstFailure(body, { ...ctx, ...override }))).toEqual(expected)
  })
  it.each(cases)('%s (strict mode)', (_name, body, expected, override, strictExpected) => {
    expect(summary(findFirstFailure(body, { ...ctx, ...override, ...strict }))).toEqual(
      strictExpected === undefined ? expected : strictExpected,
    )
  })
})

describe('findFirstFailure: order and detail', () => {
  it('reports the earliest rule when several are broken (R7 before R8 before R15)', () => {
    const body = whatsapp((e) => {
      e['event_name'] = 'Lead'
      e['event_time'] = now - 9 * 86_400
      e.user_data['ph'] = ['16505551212']
    })
    expect(findFirstFailure(body, ctx)?.rule).toBe('R7')
  })

  it('checks one rule over every event before the next rule', () => {
    const good = (exampleWhatsAppPurchase(now)['data'] as Event[])[0]!
    const body = {
      data: [
        { ...good, event_time: now - 9 * 86_400 },
        { ...good, event_name: 'Lead' },
      ],
    }
    expect(findFirstFailure(body, ctx)).toEqual({
      rule: 'R7',
      httpStatus: 400,
      code: 100,
      subcode: 2804066,
      type: 'OAuthException',
      title: 'Messaging Event Invalid Event Type',
      message: '"Lead" is not one of the 14 business-messaging event names.',
      path: 'data.1.event_name',
      evidence: ruleTable.R7.variants['invalid_event_name']!.evidence,
    })
  })
})
