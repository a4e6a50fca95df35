import { describe, expect, it } from 'vitest'
import { createEmptyDraft, type EventDraft } from '../model/eventDraft'
import { nobleSha256 } from '../normalize'
import { exampleIds, exampleMessengerLead, exampleWhatsAppPurchase } from '../rules/exampleBodies'
import { buildEventRequest } from './buildEventRequest'
import type { ConnectionTarget } from './requestTypes'

const now = new Date(1795500000 * 1000)
const connection: ConnectionTarget = {
  datasetId: exampleIds.datasetId,
  apiVersion: 'v26.0',
  endpoint: 'https://graph.facebook.com/',
}
const context = { now, sha256: nobleSha256 }

const whatsappDraft: EventDraft = {
  ...createEmptyDraft('whatsapp'),
  eventId: 'order-10042',
  ids: {
    whatsappBusinessAccountId: exampleIds.wabaId,
    ctwaClid: exampleIds.ctwaClid,
    pageId: ' ',
    igSid: '1',
  },
  customData: { currency: 'usd', value: '49.9', orderId: '10042' },
  customer: { ph: ['+1 (650) 555-1212'] },
  testEventCode: 'TEST12345',
}

describe('buildEventRequest', () => {
  it('builds the §13 WhatsApp Purchase exactly, with the URL and no token', () => {
    const request = buildEventRequest(whatsappDraft, connection, context)
    expect([request.url, request.body]).toEqual([
      'https://graph.facebook.com/v26.0/123456789012345/events',
      exampleWhatsAppPurchase(1795500000),
    ])
  })

  it('builds the §13 Messenger lead and reports no problem', () => {
    const draft: EventDraft = {
      ...createEmptyDraft('messenger'),
      eventName: 'LeadSubmitted',
      eventId: 'lead-7781',
      ids: {
        pageId: exampleIds.pageId,
        pageScopedUserId: exampleIds.psid,
        ctwaClid: 'ignored on messenger',
      },
      customer: { em: ['John_Smith@gmail.com'] },
      testEventCode: 'TEST12345',
    }
    const request = buildEventRequest(draft, connection, context)
    expect([request.body, request.problems]).toEqual([exampleMessengerLead(1795500000), []])
  })

  it('lists each hashed value for the preview, with the variable it came from', () => {
    const draft: EventDraft = {
      ...whatsappDraft,
      customer: { em: ['{{contact.email}}', ''], ph: ['+1 (650) 555-1212'] },
    }
    const request = buildEventRequest(draft, connection, {
      ...context,
      contact: { email: ' John_Smith@gmail.com' },
    })
    expect(request.hashed).toEqual([
      {
        path: 'customer.em.0',
        field: 'em',
        raw: '{{contact.email}}',
        resolved: ' John_Smith@gmail.com',
        normalized: 'john_smith@gmail.com',
        hash: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
        variable: 'contact.email',
      },
      {
        path: 'customer.ph.0',
        field: 'ph',
        raw: '+1 (650) 555-1212',
        resolved: '+1 (650) 555-1212',
        normalized: '16505551212',
        hash: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
      },
    ])
  })

  it('leaves rejected values and unresolved variables out and reports them on their draft path', () => {
    const draft: EventDraft = {
      ...whatsappDraft,
      ids: { whatsappBusinessAccountId: '{{workflow.waba}}', ctwaClid: exampleIds.ctwaClid },
      customer: { em: ['not an email', 'ok@example.com', '{{contact.email}}'] },
    }
    const request = buildEventRequest(draft, connection, {
      ...context,
      contact: { first_name: 'Ana' },
    })
    expect([
      Object.keys(request.body.data[0]!['user_data'] as object),
      request.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path]),
    ]).toEqual([
      ['ctwa_clid', 'em'],
      [
        ['variables.no_sample', 'ids.whatsappBusinessAccountId'],
        ['customer.rejected', 'customer.em.0'],
        ['variables.unknown', 'customer.em.2'],
      ],
    ])
  })

  it('maps rule problems back to draft paths', () => {
    const draft: EventDraft = {
      ...whatsappDraft,
      eventName: 'Lead',
      eventTime: { mode: 'fixed', unixSeconds: 1795500000 - 8 * 86_400 },
      eventId: '',
      ids: { whatsappBusinessAccountId: 'abc', ctwaClid: exampleIds.ctwaClid },
      customData: { value: '49,90' },
      customer: { em: ['', 'x@example.com'] },
    }
    const request = buildEventRequest(draft, { ...connection, apiVersion: 'v21.0' }, context)
    expect(request.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'advice.version_expiring', 'connection.apiVersion'],
      ['error', 'R7.invalid_event_name', 'eventName'],
      ['error', 'R8.too_old', 'eventTime'],
      ['error', 'R14.invalid_identifier', 'ids.whatsappBusinessAccountId'],
      ['warning', 'R17.value_without_currency', 'customData.currency'],
      ['warning', 'advice.no_event_id', 'eventId'],
    ])
  })

  it('converts custom data numbers and keeps custom properties', () => {
    const draft: EventDraft = {
      ...createEmptyDraft('instagram'),
      eventName: 'OrderCreated',
      customData: {
        currency: 'EUR',
        value: '12.50',
        contentIds: ['sku-1', ' '],
        contents: [{ id: 'sku-1', quantity: '2', itemPrice: '6.25' }],
        numItems: '2',
        custom: { plan: 'gold' },
      },
    }
    expect(buildEventRequest(draft, connection, context).body.data[0]!['custom_data']).toEqual({
      currency: 'EUR',
      value: 12.5,
      content_ids: ['sku-1'],
      contents: [{ id: 'sku-1', quantity: 2, item_price: 6.25 }],
      num_items: 2,
      plan: 'gold',
    })
  })

  it('notes a WABA in a restricted region (revision 2: a note, not a warning) and a missing dataset', () => {
    const request = buildEventRequest(
      whatsappDraft,
      {
        ...connection,
        datasetId: '',
        assets: [{ kind: 'whatsapp', id: exampleIds.wabaId, country: 'GB' }],
      },
      context,
    )
    expect([
      request.url,
      request.problems.map((p) => [p.code, p.severity, p.evidence?.level]),
    ]).toEqual([
      'https://graph.facebook.com/v26.0/{dataset_id}/events',
      [
        ['connection.no_dataset', 'warning', undefined],
        ['region.waba_note', 'info', 'assumption'],
      ],
    ])
  })

  it('warns about a Page in a restricted region', () => {
    const draft: EventDraft = {
      ...createEmptyDraft('messenger'),
      eventName: 'LeadSubmitted',
      eventId: 'lead-1',
      ids: { pageId: exampleIds.pageId, pageScopedUserId: exampleIds.psid },
      customer: { em: ['x@example.com'] },
    }
    const request = buildEventRequest(
      draft,
      { ...connection, assets: [{ kind: 'page', id: exampleIds.pageId, country: 'JP' }] },
      context,
    )
    expect(request.problems.map((p) => [p.code, p.severity, p.evidence?.level])).toEqual([
      ['region.restricted_asset', 'warning', 'observed'],
    ])
  })
})
