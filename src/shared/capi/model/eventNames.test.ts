import { describe, expect, it } from 'vitest'
import { channelIdKeys, isMessagingChannel } from './channels'
import { findCurrency, isCurrencyCode, searchCurrencies } from './currencies'
import {
  eventNameGroups,
  isMessagingEventName,
  messagingEventNames,
  suggestEventName,
} from './eventNames'

describe('event names', () => {
  it('lists the 14 names with Purchase and LeadSubmitted first', () => {
    expect([
      messagingEventNames.length,
      messagingEventNames.slice(0, 2),
      eventNameGroups.map((g) => [g.group, g.names[0]]),
    ]).toEqual([
      14,
      ['Purchase', 'LeadSubmitted'],
      [
        ['commerce', 'Purchase'],
        ['leads', 'LeadSubmitted'],
        ['orders', 'OrderCreated'],
        ['feedback', 'RatingProvided'],
      ],
    ])
  })

  it('is case-sensitive and suggests the messaging name for pixel names and case slips', () => {
    expect([
      isMessagingEventName('Purchase'),
      isMessagingEventName('purchase'),
      suggestEventName('Lead'),
      suggestEventName('purchase'),
      suggestEventName('CompleteRegistration'),
      suggestEventName('MyCustomEvent'),
      suggestEventName('Purchase'),
    ]).toEqual([true, false, 'LeadSubmitted', 'Purchase', 'LeadSubmitted', undefined, undefined])
  })
})

describe('channels', () => {
  it('knows the three channels and the IDs each sends', () => {
    expect([
      isMessagingChannel('whatsapp'),
      isMessagingChannel('WhatsApp'),
      channelIdKeys('whatsapp'),
      channelIdKeys('messenger'),
      channelIdKeys('instagram'),
    ]).toEqual([
      true,
      false,
      ['whatsappBusinessAccountId', 'ctwaClid', 'pageId'],
      ['pageId', 'pageScopedUserId'],
      ['igAccountId', 'igSid'],
    ])
  })
})

describe('currencies', () => {
  it('accepts ISO 4217 codes in any case and refuses others', () => {
    expect(['USD', 'brl', ' eur ', 'XYZ', 'US', 'R$'].map(isCurrencyCode)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })

  it('finds by code first, then by name', () => {
    expect([
      findCurrency('jpy'),
      searchCurrencies('real').map((c) => c.code),
      searchCurrencies('US')
        .slice(0, 3)
        .map((c) => c.code),
    ]).toEqual([{ code: 'JPY', name: 'Yen', digits: 0 }, ['BRL', 'COU'], ['USD', 'USN', 'AUD']])
  })
})
