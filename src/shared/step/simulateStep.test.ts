import { describe, expect, it } from 'vitest'
import { hashCustomerValue, nobleSha256 } from '../capi/normalize'
import { simulateStep, type StepConnection } from './simulateStep'
import { StepContact, WorkflowStep } from './stepSchema'

const now = new Date('2026-11-24T06:00:00Z')
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const waba = '100000000000001'
const page = '100000000000002'
const ig = '17841400000000003'
const dataset = '1234567890123456'

const connection: StepConnection = {
  name: 'Acme Brazil',
  datasetId: dataset,
  apiVersion: 'v26.0',
  endpoint: { kind: 'meta' },
  assets: {
    whatsapp: { id: waba, country: 'BR' },
    page: { id: page, country: 'BR' },
    instagram: { id: ig, country: 'BR' },
  },
}

const purchase = WorkflowStep.parse({
  connection: 'Acme Brazil',
  assets: { whatsapp: waba, page, instagram: ig },
  event: 'Purchase',
  currency: 'IDR',
  value: '{{workflow.order_total}}',
  customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
})

const fields = { email: 'rina@example.co.id', phone: '+62 812 3456 7890', first_name: 'Rina' }
const whatsappContact = StepContact.parse({
  channel: 'whatsapp',
  ctwa_clid: clid,
  psid: null,
  igsid: null,
  contact: fields,
  workflow: { order_total: '150000' },
})
const messengerContact = StepContact.parse({
  channel: 'messenger',
  psid: '7000000000000001',
  contact: fields,
  workflow: { order_total: '150000' },
})
const instagramContact = StepContact.parse({
  channel: 'instagram',
  igsid: '1000000000000004',
  contact: fields,
  workflow: { order_total: '150000' },
})

const hash = (field: 'em' | 'ph', value: string) => {
  const result = hashCustomerValue(field, value, nobleSha256)
  if (!result.ok) throw new Error(result.reason)
  return result.hash
}
const customer = { em: [hash('em', fields.email)], ph: [hash('ph', fields.phone)] }
const codes = (simulation: ReturnType<typeof simulateStep>) =>
  simulation.reasons.map((reason) => reason.code)

describe('simulateStep: each channel sends the exact request', () => {
  it('WhatsApp (CTWA): WABA ID and ctwa_clid, Purchase with currency and value', () => {
    const result = simulateStep(purchase, whatsappContact, connection, now, {
      testEventCode: 'TEST123',
    })
    expect(result.wouldSend).toBe(true)
    expect(result.reasons).toEqual([])
    expect(result.request).toEqual({
      url: `https://graph.facebook.com/v26.0/${dataset}/events`,
      body: {
        data: [
          {
            event_name: 'Purchase',
            event_time: 1795500000,
            action_source: 'business_messaging',
            messaging_channel: 'whatsapp',
            user_data: { whatsapp_business_account_id: waba, ctwa_clid: clid, ...customer },
            custom_data: { currency: 'IDR', value: 150000 },
          },
        ],
        test_event_code: 'TEST123',
      },
    })
  })

  it('Messenger: Page and PSID; Lead is sent as LeadSubmitted without custom_data', () => {
    const lead = WorkflowStep.parse({
      connection: 'Acme Brazil',
      assets: { whatsapp: null, page, instagram: null },
      event: 'Lead',
      customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
    })
    const result = simulateStep(lead, messengerContact, connection, now)
    expect(result.wouldSend).toBe(true)
    expect(result.request.body.data[0]).toEqual({
      event_name: 'LeadSubmitted',
      event_time: 1795500000,
      action_source: 'business_messaging',
      messaging_channel: 'messenger',
      user_data: { page_id: page, page_scoped_user_id: '7000000000000001', ...customer },
    })
  })

  it('Instagram: ig_account_id and ig_sid; a numeric value is taken as given', () => {
    const step = { ...purchase, value: 120, currency: 'BRL' } as WorkflowStep
    const result = simulateStep(step, instagramContact, connection, now)
    expect(result.wouldSend).toBe(true)
    expect(result.request.body.data[0]).toMatchObject({
      messaging_channel: 'instagram',
      user_data: { ig_account_id: ig, ig_sid: '1000000000000004', ...customer },
      custom_data: { currency: 'BRL', value: 120 },
    })
  })
})

describe('simulateStep: every reason it would send nothing', () => {
  it('no asset selected for the contact’s channel, per channel, in the seed’s words', () => {
    const onlyPage = { ...purchase, assets: { whatsapp: null, page, instagram: null } }
    const whatsapp = simulateStep(onlyPage, whatsappContact, connection, now)
    expect(codes(whatsapp)).toEqual(['channel_not_selected'])
    expect(whatsapp.reasons[0]!.message).toContain(
      'If not selected, no WhatsApp related events will be sent.',
    )
    const onlyWaba = { ...purchase, assets: { whatsapp: waba, page: null, instagram: null } }
    expect(simulateStep(onlyWaba, messengerContact, connection, now).reasons[0]!.message).toContain(
      'If not selected, no Messenger related events will be sent.',
    )
    expect(simulateStep(onlyWaba, instagramContact, connection, now).reasons[0]!.message).toContain(
      'If not selected, no Instagram related events will be sent.',
    )
  })

  it('no account selected at all', () => {
    const none = { ...purchase, assets: { whatsapp: null, page: null, instagram: null } }
    expect(codes(simulateStep(none, whatsappContact, connection, now))).toEqual([
      'no_account_selected',
      'channel_not_selected',
    ])
  })

  it('every customer field empty: no fields, blank fields, or variables empty for the contact', () => {
    const message = 'If all fields are empty, the event will not be sent.'
    const noFields = simulateStep({ ...purchase, customer: {} }, whatsappContact, connection, now)
    expect(codes(noFields)).toEqual(['customer_empty'])
    expect(noFields.reasons[0]!.message).toContain(message)
    const blank = simulateStep(
      { ...purchase, customer: { em: ' ', ph: null } },
      whatsappContact,
      connection,
      now,
    )
    expect(codes(blank)).toEqual(['customer_empty'])
    const emptyContact = { ...whatsappContact, contact: { email: '', first_name: 'Rina' } }
    const unresolved = simulateStep(purchase, emptyContact, connection, now)
    expect(codes(unresolved)).toEqual(['customer_empty'])
    expect(unresolved.notes.filter((note) => note.code === 'customer_field_empty')).toHaveLength(2)
  })

  it('one empty variable leaves that field out and still sends the others', () => {
    const noPhone = { ...whatsappContact, contact: { email: fields.email } }
    const result = simulateStep(purchase, noPhone, connection, now)
    expect(result.wouldSend).toBe(true)
    expect(result.request.body.data[0]!['user_data']).toEqual({
      whatsapp_business_account_id: waba,
      ctwa_clid: clid,
      em: customer.em,
    })
  })

  it('WhatsApp conversation not from a click-to-WhatsApp ad (no ctwa_clid)', () => {
    const organic = { ...whatsappContact, ctwa_clid: null }
    const result = simulateStep(purchase, organic, connection, now)
    expect(codes(result)).toEqual(['no_ctwa_clid'])
    expect(result.reasons[0]!.message).toContain('click-to-WhatsApp ad')
  })

  it('Messenger without PSID and Instagram without IGSID', () => {
    expect(
      codes(simulateStep(purchase, { ...messengerContact, psid: null }, connection, now)),
    ).toEqual(['no_psid'])
    expect(
      codes(simulateStep(purchase, { ...instagramContact, igsid: '' }, connection, now)),
    ).toEqual(['no_igsid'])
  })

  it('the selected account is not linked to the dataset (the connection lists another, or none)', () => {
    const otherPage = { ...purchase, assets: { ...purchase.assets, page: '100000000000009' } }
    const listedOther = simulateStep(otherPage, messengerContact, connection, now)
    expect(codes(listedOther)).toEqual(['asset_not_linked'])
    expect(listedOther.reasons[0]!.message).toContain(`lists ${page} as its Facebook Page`)
    const noInstagram = { ...connection, assets: { whatsapp: connection.assets.whatsapp } }
    expect(codes(simulateStep(purchase, instagramContact, noInstagram, now))).toEqual([
      'asset_not_linked',
    ])
    const noWaba = { ...connection, assets: {} }
    expect(codes(simulateStep(purchase, whatsappContact, noWaba, now))).toEqual([
      'asset_not_linked',
    ])
  })

  it('a link learned from a check counts as linked', () => {
    const noWaba = { ...connection, assets: {} }
    const result = simulateStep(purchase, whatsappContact, noWaba, now, {
      linkFacts: { [`whatsapp:${waba}`]: { country: 'BR', linkedDatasetIds: [dataset] } },
    })
    expect(result.wouldSend).toBe(true)
  })

  it('restricted region: a Page or Instagram account blocks, a WhatsApp account is a note', () => {
    const german = {
      ...connection,
      assets: {
        whatsapp: { id: waba, country: 'DE' },
        page: { id: page, country: 'DE' },
        instagram: { id: ig, country: 'JP' },
      },
    }
    const messenger = simulateStep(purchase, messengerContact, german, now)
    expect(codes(messenger)).toEqual(['restricted_region'])
    expect(messenger.reasons[0]!.message).toContain(
      'Messaging Event Within Messaging Restrictive Region',
    )
    expect(codes(simulateStep(purchase, instagramContact, german, now))).toEqual([
      'restricted_region',
    ])
    const whatsapp = simulateStep(purchase, whatsappContact, german, now)
    expect(whatsapp.wouldSend).toBe(true)
    expect(whatsapp.notes.map((note) => note.code)).toContain('region.whatsapp_note')
  })

  it('Meta’s rules still apply: a value that is no number, an invalid ctwa_clid', () => {
    const badValue = simulateStep(
      purchase,
      { ...whatsappContact, workflow: { order_total: 'lots' } },
      connection,
      now,
    )
    expect(codes(badValue)).toContain('rejected')
    const fakeClid = simulateStep(
      purchase,
      { ...whatsappContact, ctwa_clid: 'ARAk…' },
      connection,
      now,
    )
    expect(codes(fakeClid)).toEqual(['rejected'])
    expect(fakeClid.reasons[0]!.message).toContain('Meta would reject the event')
  })

  it('a value variable missing for the contact is a reason (Purchase needs its value)', () => {
    const result = simulateStep(purchase, { ...whatsappContact, workflow: {} }, connection, now)
    expect(result.wouldSend).toBe(false)
    expect(result.reasons.some((reason) => reason.message.includes('order_total'))).toBe(true)
  })
})

describe('simulateStep: hints', () => {
  it('lists carried and missing matching keys in Meta’s order, labelled as a local hint', () => {
    const result = simulateStep(purchase, whatsappContact, connection, now)
    expect(result.hints.carried.map((entry) => entry.key)).toEqual(['em', 'ph'])
    expect(result.hints.missing.map((entry) => entry.key).slice(0, 3)).toEqual(['fn', 'ln', 'ge'])
    expect(result.hints.channelKeys).toEqual(['whatsapp_business_account_id', 'ctwa_clid'])
    expect(result.hints.label).toContain('not Meta’s Event Match Quality score')
    expect(result.hints.advice.join(' ')).toContain('50 events')
  })
})

describe('simulateStep: a connection that is not stored', () => {
  const unknown: StepConnection = {
    name: 'Customer account',
    datasetId: '',
    apiVersion: 'v26.0',
    endpoint: { kind: 'meta' },
    assets: {},
  }

  it('still says what would be sent; links and regions are a note, not a reason', () => {
    const result = simulateStep(purchase, whatsappContact, unknown, now, {
      connectionUnknown: true,
    })
    expect({
      wouldSend: result.wouldSend,
      url: result.request.url,
      notes: result.notes.map((note) => note.code).filter((code) => code.startsWith('connection')),
    }).toEqual({
      wouldSend: true,
      url: 'https://graph.facebook.com/v26.0/{dataset_id}/events',
      notes: ['connection_unknown', 'connection.no_dataset'],
    })
  })

  it('uses what the sandbox said about the account when it was asked', () => {
    const result = simulateStep(
      purchase,
      messengerContact,
      { ...unknown, datasetId: dataset },
      now,
      { connectionUnknown: true, linkFacts: { [`page:${page}`]: { linkedDatasetIds: ['999'] } } },
    )
    expect(codes(result)).toEqual(['asset_not_linked'])
  })
})

describe('simulateStep: what a check learned wins over the connection’s list', () => {
  it('a listed Page the sandbox says is linked elsewhere is not linked', () => {
    const result = simulateStep(purchase, messengerContact, connection, now, {
      linkFacts: { [`page:${page}`]: { linkedDatasetIds: ['223456789012345'] } },
    })
    expect(
      result.reasons.map((reason) => [
        reason.code,
        reason.message.includes(
          'Asked just now, the sandbox says it is linked to dataset 223456789012345.',
        ),
      ]),
    ).toEqual([['asset_not_linked', true]])
  })
})

describe('simulateStep: what the review found', () => {
  it('fields rejected by the normalization: worded as the SDK’s refusal, and none left is customer_empty', () => {
    const invalid = {
      ...whatsappContact,
      contact: { email: 'not an email', phone: '---' },
    }
    const result = simulateStep(purchase, invalid, connection, now)
    expect(codes(result)).toEqual(['customer_empty', 'rejected', 'rejected'])
    expect(result.reasons[0]!.message).toContain(
      'If all fields are empty, the event will not be sent.',
    )
    for (const reason of result.reasons.slice(1)) {
      expect(reason.message).not.toContain('Meta would reject')
      expect(reason.message).toContain('capi-normalization.md')
      expect(reason.message).toContain('assumption')
    }
    const oneLeft = simulateStep(
      purchase,
      { ...whatsappContact, contact: { email: fields.email, phone: '---' } },
      connection,
      now,
    )
    expect(codes(oneLeft)).toEqual(['rejected'])
  })

  it('a Page or Instagram account without a known country says the region was not checked', () => {
    const noCountry: StepConnection = {
      ...connection,
      assets: { ...connection.assets, page: { id: page, country: '' } },
    }
    const listed = simulateStep(purchase, messengerContact, noCountry, now)
    expect([listed.wouldSend, listed.notes.some((note) => note.code === 'region_unknown')]).toEqual(
      [true, true],
    )
    const learned = simulateStep(
      purchase,
      messengerContact,
      { ...connection, assets: { whatsapp: connection.assets.whatsapp } },
      now,
      { linkFacts: { [`page:${page}`]: { linkedDatasetIds: [dataset] } } },
    )
    expect(learned.notes.find((note) => note.code === 'region_unknown')?.message).toContain(
      "the sandbox's link answer carries no country",
    )
    const known = simulateStep(purchase, messengerContact, connection, now)
    expect(known.notes.some((note) => note.code === 'region_unknown')).toBe(false)
  })

  it('speaks of this contact, not of a sample contact', () => {
    const emptyEmail = { ...whatsappContact, contact: { phone: fields.phone } }
    const result = simulateStep(purchase, emptyEmail, connection, now)
    const texts = [...result.reasons, ...result.notes].map((entry) => entry.message).join('\n')
    expect(texts).not.toContain('sample contact')
  })
})
