/**
 * Valid request bodies per channel (spec §13 with fake IDs), for tests, the sandbox and docs.
 * `eventTime` must be recent for R8: pass the clock's seconds.
 */
export const exampleIds = {
  datasetId: '123456789012345',
  wabaId: '100000000000001',
  ctwaClid: 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
  pageId: '100000000000002',
  psid: '7000000000000001',
  igAccountId: '17841400000000003',
  igsid: '1000000000000004',
} as const

/** SHA-256 of "16505551212" and of "john_smith@gmail.com" (capi-normalization.md). */
export const exampleHashes = {
  ph: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
  em: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
} as const

export function exampleWhatsAppPurchase(eventTime: number): Record<string, unknown> {
  return {
    data: [
      {
        event_name: 'Purchase',
        event_time: eventTime,
        event_id: 'order-10042',
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        user_data: {
          whatsapp_business_account_id: exampleIds.wabaId,
          ctwa_clid: exampleIds.ctwaClid,
          ph: [exampleHashes.ph],
        },
        custom_data: { currency: 'USD', value: 49.9, order_id: '10042' },
      },
    ],
    test_event_code: 'TEST12345',
  }
}

export function exampleMessengerLead(eventTime: number): Record<string, unknown> {
  return {
    data: [
      {
        event_name: 'LeadSubmitted',
        event_time: eventTime,
        event_id: 'lead-7781',
        action_source: 'business_messaging',
        messaging_channel: 'messenger',
        user_data: {
          page_id: exampleIds.pageId,
          page_scoped_user_id: exampleIds.psid,
          em: [exampleHashes.em],
        },
      },
    ],
    test_event_code: 'TEST12345',
  }
}

export function exampleInstagramPurchase(eventTime: number): Record<string, unknown> {
  return {
    data: [
      {
        event_name: 'Purchase',
        event_time: eventTime,
        event_id: 'ig-order-1',
        action_source: 'business_messaging',
        messaging_channel: 'instagram',
        user_data: {
          ig_account_id: exampleIds.igAccountId,
          ig_sid: exampleIds.igsid,
          em: [exampleHashes.em],
        },
        custom_data: { currency: 'BRL', value: 120 },
      },
    ],
    test_event_code: 'TEST12345',
  }
}
