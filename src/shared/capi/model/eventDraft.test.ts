import { describe, expect, it } from 'vitest'
import { createEmptyDraft, EventDraft } from './eventDraft'
import { migrateDraft } from './migrateDraft'

describe('EventDraft', () => {
  it('creates an empty Purchase sent now', () => {
    expect(createEmptyDraft('messenger')).toEqual({
      schemaVersion: 1,
      channel: 'messenger',
      eventName: 'Purchase',
      eventTime: { mode: 'now' },
      ids: {},
      customData: {},
      customer: {},
    })
  })

  it('accepts an incomplete draft and fills the defaults', () => {
    expect(EventDraft.parse({ schemaVersion: 1, channel: 'instagram', eventName: '' })).toEqual({
      schemaVersion: 1,
      channel: 'instagram',
      eventName: '',
      eventTime: { mode: 'now' },
      ids: {},
      customData: {},
      customer: {},
    })
  })
})

describe('migrateDraft', () => {
  it('returns a current draft unchanged', () => {
    const draft = { ...createEmptyDraft('whatsapp'), customer: { em: ['a@b.co', 'c@d.co'] } }
    expect(migrateDraft(draft)).toEqual({ ok: true, draft, fromVersion: 1 })
  })

  it('upgrades a version 0 draft', () => {
    const old = {
      schemaVersion: 0,
      channel: 'whatsapp',
      eventName: 'Purchase',
      eventTime: 1795500000,
      ids: { whatsappBusinessAccountId: '100000000000001' },
      customData: { currency: 'USD', value: 49.9 },
      customer: { ph: '+1 (650) 555-1212' },
      notes: 'old',
    }
    expect(migrateDraft(old)).toEqual({
      ok: true,
      fromVersion: 0,
      draft: {
        schemaVersion: 1,
        channel: 'whatsapp',
        eventName: 'Purchase',
        eventTime: { mode: 'fixed', unixSeconds: 1795500000 },
        ids: { whatsappBusinessAccountId: '100000000000001' },
        customData: { currency: 'USD', value: '49.9' },
        customer: { ph: ['+1 (650) 555-1212'] },
        notes: 'old',
      },
    })
  })

  it('reads a draft without schemaVersion in the old shape as version 0', () => {
    const result = migrateDraft({
      channel: 'messenger',
      eventName: 'LeadSubmitted',
      eventTime: null,
      customer: { em: 'x@y.co' },
    })
    expect(
      result.ok && [result.fromVersion, result.draft.customer, result.draft.eventTime],
    ).toEqual([0, { em: ['x@y.co'] }, { mode: 'now' }])
  })

  it('names the path of an invalid field', () => {
    expect(
      migrateDraft({
        schemaVersion: 1,
        channel: 'telegram',
        eventName: 'Purchase',
        customer: { email: ['x'] },
      }),
    ).toEqual({
      ok: false,
      errors: [
        'channel: Invalid option: expected one of "whatsapp"|"messenger"|"instagram"',
        'customer: Unrecognized key: "email"',
      ],
    })
  })

  it('refuses a draft from a newer version and non-objects', () => {
    expect([migrateDraft({ schemaVersion: 7 }), migrateDraft([])]).toEqual([
      {
        ok: false,
        errors: ['schemaVersion 7 was written by a newer CAPI Workbench (this one reads up to 1).'],
      },
      { ok: false, errors: ['A draft must be a JSON object.'] },
    ])
  })
})
