import { describe, expect, it } from 'vitest'
import {
  exampleHashes,
  exampleIds,
  exampleInstagramPurchase,
  exampleMessengerLead,
  exampleWhatsAppPurchase,
} from './exampleBodies'
import { validateRequestBody } from './validateRequestBody'

const now = 1795500000
type Event = Record<string, unknown> & { user_data: Record<string, unknown> }

function codes(body: unknown, extra: Record<string, unknown> = {}): [string, string, string][] {
  return validateRequestBody(body, { nowSeconds: now, ...extra }).map((p) => [
    p.severity,
    p.code,
    p.path,
  ])
}
function withEvent(
  body: Record<string, unknown>,
  change: (event: Event, body: Record<string, unknown>) => void,
) {
  const copy = structuredClone(body)
  change((copy['data'] as Event[])[0]!, copy)
  return copy
}

describe('validateRequestBody', () => {
  it('finds nothing in the §13 examples (revision 2: no page_id advisory on WhatsApp)', () => {
    expect([
      codes(exampleWhatsAppPurchase(now), { version: 'v26.0', datasetId: exampleIds.datasetId }),
      codes(exampleMessengerLead(now)),
      codes(exampleInstagramPurchase(now)),
    ]).toEqual([[], [], []])
  })

  it('lists every failure, not only the first', () => {
    const body = withEvent(exampleMessengerLead(now), (e) => {
      e['event_name'] = 'Lead'
      e['event_time'] = now - 8 * 86_400
      e.user_data['em'] = ['john@example.com']
    })
    expect(codes(body)).toEqual([
      ['error', 'R7.invalid_event_name', 'data.0.event_name'],
      ['error', 'R8.too_old', 'data.0.event_time'],
      ['error', 'R15.not_hashed', 'data.0.user_data.em.0'],
    ])
  })

  it('suggests LeadSubmitted for Lead', () => {
    const body = withEvent(exampleMessengerLead(now), (e) => (e['event_name'] = 'Lead'))
    expect(validateRequestBody(body, { nowSeconds: now })[0]?.fix).toBe('Use LeadSubmitted.')
  })

  it('gives the spec’s advisories as warnings and notes', () => {
    const body = withEvent(exampleWhatsAppPurchase(now), (e, b) => {
      delete e['event_id']
      delete e.user_data['ph']
      e.user_data['fbc'] = 'fb.1.1.abc'
      e.user_data['ctwa_clid'] = 'ARAkShortButValidClid_01'
      b['test_event_code'] = 'abc123'
      b['partner_agent'] = 'respondio_1_0'
    })
    expect(codes(body, { version: 'v21.0' })).toEqual([
      ['warning', 'R4.unusual_test_code', 'test_event_code'],
      ['info', 'advice.partner_agent', 'partner_agent'],
      ['warning', 'advice.version_expiring', 'version'],
      ['warning', 'R10.web_only_key', 'data.0.user_data.fbc'],
      ['warning', 'advice.no_customer_info', 'data.0.user_data'],
      ['warning', 'advice.no_event_id', 'data.0.event_id'],
    ])
  })

  it('warns on two events with one event_id (both are counted)', () => {
    const body = exampleWhatsAppPurchase(now)
    const event = (body['data'] as Event[])[0]!
    body['data'] = [event, structuredClone(event), { ...structuredClone(event), event_id: 'other' }]
    const duplicate = validateRequestBody(body, { nowSeconds: now }).filter(
      (p) => p.code === 'advice.duplicate_event_id',
    )
    expect(duplicate.map((p) => [p.severity, p.path, p.evidence?.level])).toEqual([
      ['warning', 'data.1.event_id', 'meta-docs'],
    ])
  })

  it('suggests the order ID as event_id', () => {
    const body = withEvent(exampleWhatsAppPurchase(now), (e) => delete e['event_id'])
    expect(
      validateRequestBody(body, { nowSeconds: now }).find((p) => p.code === 'advice.no_event_id')
        ?.fix,
    ).toBe('Use the order ID as event_id ("10042").')
  })

  it('errors on another action_source and notes the long Instagram key (information)', () => {
    const web = withEvent(exampleMessengerLead(now), (e) => (e['action_source'] = 'website'))
    const longKey = withEvent(exampleInstagramPurchase(now), (e) => {
      e.user_data['instagram_business_account_id'] = e.user_data['ig_account_id']
      delete e.user_data['ig_account_id']
    })
    expect([codes(web), codes(longKey)]).toEqual([
      [['error', 'R5.not_business_messaging', 'data.0.action_source']],
      [['info', 'R13.long_key_only', 'data.0.user_data.instagram_business_account_id']],
    ])
  })

  it('says a 64-hex channel ID or clid was hashed by mistake', () => {
    const body = withEvent(exampleWhatsAppPurchase(now), (e) => {
      e.user_data['whatsapp_business_account_id'] = exampleHashes.ph
      e.user_data['ctwa_clid'] = exampleHashes.em
    })
    expect(validateRequestBody(body, { nowSeconds: now }).map((p) => p.message)).toEqual([
      'ctwa_clid looks like a SHA-256 hash (64 hex characters): click IDs are never hashed. Meta answers 2804087 to a clid that is not a real click.',
      'whatsapp_business_account_id looks hashed by mistake: channel identifiers are sent as plain digits.',
    ])
  })

  it('shows a restricted region as a warning when the asset country is known', () => {
    const problems = validateRequestBody(exampleMessengerLead(now), {
      nowSeconds: now,
      lookupAsset: () => ({ country: 'FR', linkedDatasetIds: [] }),
    })
    expect(problems.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'R18.restricted_region'],
    ])
  })

  it('checks the path only for the parts it is given', () => {
    expect([
      codes(exampleMessengerLead(now), { version: 'latest', datasetId: 'act_1' }),
      codes('nope'),
    ]).toEqual([
      [
        ['error', 'R2.invalid_version', 'version'],
        ['error', 'R2.unknown_dataset', 'dataset_id'],
      ],
      [['error', 'R3.invalid_data', '']],
    ])
  })
})
