import { describe, expect, it } from 'vitest'
import {
  exampleIds,
  exampleInstagramPurchase,
  exampleMessengerLead,
  exampleWhatsAppPurchase,
} from './exampleBodies'
import type { AssetFacts, Problem } from './ruleTypes'
import { validateRequestBody } from './validateRequestBody'

/** Spec §14 (revision 2) in the validator: every case with its severity and evidence. */
const now = 1795500000
type Json = Record<string, unknown>
type Event = Json & { user_data: Json; custom_data?: Json }

const assets: Record<string, AssetFacts> = {
  [`whatsapp:${exampleIds.wabaId}`]: { country: 'US', linkedDatasetIds: [exampleIds.datasetId] },
  'whatsapp:200000000000001': { country: 'DE', linkedDatasetIds: [exampleIds.datasetId] },
  'whatsapp:300000000000001': { country: 'US', linkedDatasetIds: ['999999999999999'] },
  [`page:${exampleIds.pageId}`]: { country: 'FR', linkedDatasetIds: [exampleIds.datasetId] },
}
const ctx = {
  nowSeconds: now,
  datasetId: exampleIds.datasetId,
  lookupAsset: (kind: string, id: string) => assets[`${kind}:${id}`],
}

function edit(make: (time: number) => Json, change: (event: Event) => void): Json {
  const body = make(now)
  change((body['data'] as Event[])[0]!)
  return body
}
const whatsapp = (change: (event: Event) => void) => edit(exampleWhatsAppPurchase, change)
const messenger = (change: (event: Event) => void) => edit(exampleMessengerLead, change)
const instagram = (change: (event: Event) => void) => edit(exampleInstagramPurchase, change)

/** The problems of one rule family (code prefix), as [code, severity, evidence level]. */
function found(body: Json, prefix: string): [string, string, string | undefined][] {
  return validateRequestBody(body, ctx)
    .filter((p) => p.code.startsWith(prefix))
    .map((p) => [p.code, p.severity, p.evidence?.level])
}

const cases: [string, Json, string, [string, string, string | undefined][]][] = [
  [
    'neither WABA ID nor page_id → 2804116',
    whatsapp((e) => delete e.user_data['whatsapp_business_account_id']),
    'R11',
    [['R11.missing_ids', 'error', 'observed']],
  ],
  [
    'page_id without WABA ID → 2804131',
    whatsapp((e) => {
      delete e.user_data['whatsapp_business_account_id']
      e.user_data['page_id'] = exampleIds.pageId
    }),
    'R11',
    [['R11.page_without_waba', 'error', 'observed']],
  ],
  [
    'hashed clid → 2804087',
    whatsapp((e) => (e.user_data['ctwa_clid'] = 'ab'.repeat(32))),
    'R11',
    [['R11.invalid_clid', 'error', 'observed']],
  ],
  [
    'clid under 20 characters → 2804087',
    whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkShort_123456789')),
    'R11',
    [['R11.invalid_clid', 'error', 'observed']],
  ],
  [
    'clid with a dot → 2804087',
    whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkDocsExampleClickId.0123456789')),
    'R11',
    [['R11.invalid_clid', 'error', 'observed']],
  ],
  [
    'clid of 20 characters: no length rule',
    whatsapp((e) => (e.user_data['ctwa_clid'] = 'ARAkShort_1234567890')),
    'R11',
    [],
  ],
  [
    'clid of 600 characters: no length rule',
    whatsapp((e) => (e.user_data['ctwa_clid'] = 'A'.repeat(600))),
    '',
    [],
  ],
  [
    'only the long Instagram key → information, assumption',
    instagram((e) => {
      e.user_data['instagram_business_account_id'] = e.user_data['ig_account_id']
      delete e.user_data['ig_account_id']
    }),
    'R13',
    [['R13.long_key_only', 'info', 'assumption']],
  ],
  [
    'safe JSON integer ID → nothing',
    messenger((e) => (e.user_data['page_id'] = 100000000000002)),
    'R14',
    [],
  ],
  [
    'JSON integer above 2^53 − 1 (digits already changed) → warning',
    instagram((e) => (e.user_data['ig_account_id'] = JSON.parse('17841400000000003') as number)),
    'R14',
    [['R14.unsafe_integer', 'warning', 'assumption']],
  ],
  [
    'lossless integer above 2^53 − 1 (digits kept) → warning',
    instagram(
      (e) =>
        (e.user_data['ig_account_id'] = { isLosslessNumber: true, value: '17841400000000003' }),
    ),
    'R14',
    [['R14.unsafe_integer', 'warning', 'assumption']],
  ],
  [
    'ID with letters → error',
    messenger((e) => (e.user_data['page_id'] = 'page-1')),
    'R14',
    [['R14.invalid_identifier', 'error', 'meta-docs']],
  ],
  [
    'Purchase without currency → 2804081',
    whatsapp((e) => delete e.custom_data!['currency']),
    'R17',
    [['R17.missing_currency', 'error', 'observed']],
  ],
  [
    'OrderCreated without currency → 2804081',
    messenger((e) => {
      e['event_name'] = 'OrderCreated'
      e['custom_data'] = { value: 5 }
    }),
    'R17',
    [['R17.missing_currency', 'error', 'observed']],
  ],
  [
    'OrderShipped without currency → warning, assumption',
    messenger((e) => (e['event_name'] = 'OrderShipped')),
    'R17',
    [['R17.order_missing_currency', 'warning', 'assumption']],
  ],
  [
    'value without currency elsewhere → warning, assumption',
    messenger((e) => (e['custom_data'] = { value: 5 })),
    'R17',
    [['R17.value_without_currency', 'warning', 'assumption']],
  ],
  [
    'negative value → warning, assumption',
    whatsapp((e) => (e.custom_data!['value'] = -3)),
    'R17',
    [['R17.negative_value', 'warning', 'assumption']],
  ],
  [
    "Purchase without value → error (Meta's docs require it)",
    whatsapp((e) => delete e.custom_data!['value']),
    'R17',
    [['R17.invalid_value', 'error', 'meta-docs']],
  ],
  [
    'currency not ISO 4217 → error',
    whatsapp((e) => (e.custom_data!['currency'] = 'DOLLARS')),
    'R17',
    [['R17.invalid_currency', 'error', 'meta-docs']],
  ],
  [
    'WABA of another dataset → 2804132',
    whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = '300000000000001')),
    'R18',
    [['R18.waba_not_linked', 'error', 'observed']],
  ],
  [
    'WABA in a restricted region → a note, assumption',
    whatsapp((e) => (e.user_data['whatsapp_business_account_id'] = '200000000000001')),
    'R18',
    [['R18.waba_restricted_region', 'info', 'assumption']],
  ],
  [
    'Page in a restricted region → warning',
    messenger(() => undefined),
    'R18',
    [['R18.restricted_region', 'warning', 'observed']],
  ],
]

describe('validator: spec §14 revision 2, with evidence', () => {
  it.each(cases)('%s', (_name, body, prefix, expected) => {
    expect(found(body, prefix === '' ? 'R' : prefix)).toEqual(expected)
  })

  it('never reports an assumption as an error', () => {
    const all: Problem[] = cases.flatMap(([, body]) => validateRequestBody(body, ctx))
    expect(all.filter((p) => p.evidence?.level === 'assumption' && p.severity === 'error')).toEqual(
      [],
    )
    expect(all.every((p) => p.evidence !== undefined)).toBe(true)
  })

  it('suggests names close to an allowed one', () => {
    const fixes = ['Lead', 'Confirmed', 'Canceled', 'OrderCancelled'].map(
      (name) =>
        validateRequestBody(
          messenger((e) => (e['event_name'] = name)),
          { nowSeconds: now },
        ).find((p) => p.code === 'R7.invalid_event_name')?.fix,
    )
    expect(fixes).toEqual([
      'Use LeadSubmitted.',
      'Use QualifiedLead or OrderCreated.',
      'Use OrderCanceled.',
      'Use OrderCanceled.',
    ])
  })

  it('says the future-time threshold is assumed', () => {
    const problem = validateRequestBody(
      whatsapp((e) => (e['event_time'] = now + 120)),
      { nowSeconds: now },
    ).find((p) => p.code === 'R9.in_future')
    expect(problem?.message).toMatch(/assumed threshold/)
  })
})
