import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { type CustomerField, customerFields, hashCustomerValue } from '../../shared/capi/normalize'
import { customerValueCorpus } from '../../../test/fixtures/hashing/customerValueCorpus'
import { documentExamples } from '../../../test/fixtures/hashing/documentExamples'
import { loadServerSideUtils, sdkAnswer } from '../../../test/fixtures/hashing/sdkReference'
import { nodeSha256 } from './nodeSha256'

const utils = loadServerSideUtils()
const require = createRequire(import.meta.url)
const emailValidator = require('email-validator') as { validate(text: string): boolean }
const isoCountries = require('iso-3166-1') as { all(): { alpha2: string }[] }

function ours(field: CustomerField, value: string) {
  const result = hashCustomerValue(field, value, nodeSha256)
  return result.ok ? { ok: true, normalized: result.normalized, hash: result.hash } : { ok: false }
}

function disagreements(field: CustomerField, values: string[]) {
  return values
    .map((value) => ({ value, ours: ours(field, value), sdk: sdkAnswer(utils, field, value) }))
    .filter((row) => JSON.stringify(row.ours) !== JSON.stringify(row.sdk))
}

/** Every string of the given length over `alphabet`. */
function allStrings(alphabet: string[], length: number): string[] {
  let strings = ['']
  for (let step = 0; step < length; step++) {
    strings = strings.flatMap((prefix) => alphabet.map((char) => prefix + char))
  }
  return strings
}

describe('normalization against facebook-nodejs-business-sdk 24.0.1', () => {
  for (const [index, field] of customerFields.entries()) {
    it(`agrees on 1,500 generated tricky values for ${field}`, () => {
      const values = customerValueCorpus(field, 1500, 1000 + index)
      expect(disagreements(field, values)).toEqual([])
    })
  }

  it('agrees on every value generated for one field when fed to every other field', () => {
    const values = customerFields.flatMap((field, index) =>
      customerValueCorpus(field, 150, 7000 + index),
    )
    const rows = customerFields.flatMap((field) =>
      disagreements(field, values).map((row) => ({ field, ...row })),
    )
    expect(rows).toEqual([])
  })

  it('agrees with the SDK on every example row of capi-normalization.md', () => {
    const rows = documentExamples.flatMap((row) => disagreements(row.field, [row.input]))
    expect(rows).toEqual([])
  })

  it('accepts exactly the addresses email-validator 2.0.4 accepts (all short strings)', () => {
    const alphabet = ['a', '1', '-', '.', '@', '`', '_', 'é']
    const strings = [1, 2, 3, 4, 5, 6].flatMap((length) => allStrings(alphabet, length))
    const differing = strings.filter(
      (text) => hashCustomerValue('em', text, nodeSha256).ok !== emailValidator.validate(text),
    )
    expect({ checked: strings.length, differing }).toEqual({ checked: 299592, differing: [] })
  })

  it('agrees on every short phone-like string (zero and one prefixes, punctuation, letters)', () => {
    const digits = [6, 7, 8, 9, 10].flatMap((length) => allStrings(['0', '1', '5'], length))
    const punctuated = allStrings(['0', '1', '+', '.', 'x'], 7)
    const usLike = ['1', '01', '001', '0001', '+1', '+01'].flatMap((prefix) =>
      allStrings(['0', '5'], 10).map((rest) => prefix + rest),
    )
    expect(disagreements('ph', [...digits, ...punctuated, ...usLike])).toEqual([])
  })

  it('accepts as a country exactly what upper-cases to one of the package’s 249 alpha-2 codes', () => {
    const codes = isoCountries.all().map((country) => country.alpha2)
    const pairs = allStrings([...'abcdefghijklmnopqrstuvwxyz'], 2)
    const odd = ['ß', 'ﬁ', 'ﬂ', 'ﬀ', 'ﬅ', 'ﬆ', 'ſe', 'ıt', 'ǆ', 'ǳ', 'ŉ', 'ǰ', 'ΐ', 'և', 'ﬓ', 'ﬗ']
    expect({ codes: codes.length, rows: disagreements('country', pairs.concat(odd)) }).toEqual({
      codes: 249,
      rows: [],
    })
  })
})
