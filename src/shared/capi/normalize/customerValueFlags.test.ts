import { describe, expect, it } from 'vitest'
import { type CustomerField } from './customerFields'
import { customerValueFlags } from './customerValueFlags'

const now = new Date('2026-11-25T12:00:00Z')

function codes(field: CustomerField, raw: string): string[] {
  return customerValueFlags(field, raw, now).map((flag) => flag.code)
}

describe('customerValueFlags', () => {
  it('flags phones with kept non-digits, national forms and a (0) trunk zero', () => {
    expect({
      dotted: codes('ph', '+1 650.555.1212'),
      national: codes('ph', '020 7946 0958'),
      shortNoPlus: codes('ph', '(650)555-1212'),
      trunkZero: codes('ph', '+44 (0)20 7946 0958'),
      international: codes('ph', '+1 (650) 555-1212'),
    }).toEqual({
      dotted: ['phone_non_digits'],
      national: ['phone_national'],
      shortNoPlus: ['phone_national'],
      trunkZero: ['phone_trunk_zero'],
      international: [],
    })
  })

  it('flags a date of birth unless it is a real YYYYMMDD date between 1900 and now', () => {
    const values = ['19970216', '20000229', '2/16/1997', '19970230', '18991231', '20270101']
    expect(values.map((value) => codes('db', value))).toEqual([
      [],
      [],
      ['date_not_yyyymmdd'],
      ['date_not_yyyymmdd'],
      ['date_not_yyyymmdd'],
      ['date_not_yyyymmdd'],
    ])
  })

  it('flags a city or state that normalizes to the empty string', () => {
    expect([codes('ct', '12345'), codes('st', 'N.Y.'), codes('st', '(0)')]).toEqual([
      ['empty_after_normalization'],
      [],
      ['empty_after_normalization'],
    ])
  })

  it('flags MD5-looking values, which are sent unhashed, in any field', () => {
    expect([
      codes('external_id', '550E8400E29B41D4A716446655440000'),
      codes('em', '0'.repeat(32)),
      codes('em', '0'.repeat(64)),
    ]).toEqual([['md5_pass_through'], ['md5_pass_through'], []])
  })

  it('flags decomposed accents and invisible characters', () => {
    expect([codes('fn', 'Jose\u0301'), codes('fn', 'José'), codes('ln', '\u200bSmith')]).toEqual([
      ['decomposed_unicode'],
      [],
      ['invisible_characters'],
    ])
  })

  it('returns no flags for a rejected value (the rejection reason says it all)', () => {
    expect([codes('em', 'not an email'), codes('ge', 'other')]).toEqual([[], []])
  })
})
