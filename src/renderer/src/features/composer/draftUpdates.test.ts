import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { assetMismatch } from './computeBuild'
import {
  applyConnectionDefaults,
  setChannelId,
  setCustomerValue,
  switchConnection,
} from './draftUpdates'

const connection = {
  assets: {
    whatsapp: { id: '100000000000001', country: 'BR' },
    page: { id: '100000000000002', country: 'US' },
  },
  testEventCode: 'TEST12345',
} as Pick<ConnectionView, 'assets' | 'testEventCode'> as ConnectionView

describe('draft updates', () => {
  it('fills the channel asset and the remembered test code from the connection, never overwriting', () => {
    const empty = applyConnectionDefaults(createEmptyDraft('whatsapp'), connection)
    const typed = applyConnectionDefaults(
      { ...createEmptyDraft('messenger'), ids: { pageId: '42' }, testEventCode: 'TEST9' },
      connection,
    )
    expect({
      empty: [empty.ids, empty.testEventCode],
      typed: [typed.ids, typed.testEventCode],
    }).toEqual({
      empty: [{ whatsappBusinessAccountId: '100000000000001' }, 'TEST12345'],
      typed: [{ pageId: '42' }, 'TEST9'],
    })
  })

  it('keeps several values per customer field and drops emptied ones', () => {
    let draft = setCustomerValue(createEmptyDraft(), 'em', 0, 'a@example.com')
    draft = setCustomerValue(draft, 'em', 1, 'b@example.com')
    const both = draft.customer.em
    draft = setCustomerValue(draft, 'em', 0, '')
    const one = draft.customer.em
    draft = setCustomerValue(draft, 'em', 0, '')
    expect({ both, one, none: 'em' in draft.customer }).toEqual({
      both: ['a@example.com', 'b@example.com'],
      one: ['b@example.com'],
      none: false,
    })
  })

  it('switching connection replaces the previous connection values and keeps typed ones', () => {
    const a = { ...connection, name: 'A' } as ConnectionView
    const b = {
      name: 'B',
      assets: { whatsapp: { id: '200000000000001', country: 'DE' } },
      testEventCode: 'TEST777',
    } as Pick<ConnectionView, 'name' | 'assets' | 'testEventCode'> as ConnectionView
    const none = { name: 'C', assets: {} } as Pick<
      ConnectionView,
      'name' | 'assets'
    > as ConnectionView
    const fromA = switchConnection(createEmptyDraft('whatsapp'), undefined, a)
    // A keyboard user passes through C (no assets, no test code) on the way to B.
    const viaC = switchConnection(fromA, a, none)
    const toB = switchConnection(viaC, none, b)
    const typed = switchConnection(setChannelId(fromA, 'whatsappBusinessAccountId', '999'), a, b)
    expect({
      viaC: [viaC.ids, viaC.testEventCode],
      toB: [toB.ids, toB.testEventCode],
      typed: [typed.ids, typed.testEventCode],
    }).toEqual({
      viaC: [{}, undefined],
      toB: [{ whatsappBusinessAccountId: '200000000000001' }, 'TEST777'],
      typed: [{ whatsappBusinessAccountId: '999' }, 'TEST777'],
    })
    expect(assetMismatch(typed, b)?.message).toBe(
      '999 is not an asset of the connection "B": its WhatsApp Business account (WABA) is 200000000000001.',
    )
    expect(assetMismatch(toB, b)).toBeUndefined()
  })
})
