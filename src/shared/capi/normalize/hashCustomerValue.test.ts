import { describe, expect, it } from 'vitest'
import { documentExamples } from '../../../../test/fixtures/hashing/documentExamples'
import { hashCustomerValue } from './hashCustomerValue'
import { nobleSha256 } from './nobleSha256'

function outcome(field: Parameters<typeof hashCustomerValue>[0], input: string) {
  const result = hashCustomerValue(field, input, nobleSha256)
  return result.ok ? result.hash : null
}

describe('hashCustomerValue', () => {
  it('gives every example row of capi-normalization.md the hash the SDK gave it', () => {
    const actual = documentExamples.map((row) => ({ ...row, hash: outcome(row.field, row.input) }))
    expect(actual).toEqual(documentExamples.map((row) => ({ ...row })))
  })

  it('hashes the normalized string the document writes for each accepted example', () => {
    const written = documentExamples.filter((row) => row.normalized !== undefined)
    const actual = written.map((row) => {
      const result = hashCustomerValue(row.field, row.input, nobleSha256)
      return result.ok ? result.normalized : result.reason
    })
    expect(actual).toEqual(written.map((row) => row.normalized))
  })

  it('passes an upper-case padded SHA-256 through lowercased, unhashed', () => {
    const digest = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'
    expect(hashCustomerValue('zp', ` ${digest.toUpperCase()} `, nobleSha256)).toEqual({
      ok: true,
      normalized: digest,
      hash: digest,
      alreadyHashed: 'sha256',
    })
  })

  it('reports an MD5-looking value as passed through with its 32 characters as the hash', () => {
    expect(
      hashCustomerValue('external_id', '550E8400E29B41D4A716446655440000', nobleSha256),
    ).toEqual({
      ok: true,
      normalized: '550e8400e29b41d4a716446655440000',
      hash: '550e8400e29b41d4a716446655440000',
      alreadyHashed: 'md5',
    })
  })

  it('hashes a lone surrogate as U+FFFD, the way Node encodes it', () => {
    expect(outcome('fn', 'a\ud800')).toBe(nobleSha256('a\ufffd'))
  })

  it('gives the reason when a value is rejected', () => {
    expect([
      hashCustomerValue('em', 'john..smith@example.com', nobleSha256),
      hashCustomerValue('ph', '1-800-FLOWERS', nobleSha256),
      hashCustomerValue('ph', '12345678901234567', nobleSha256),
      hashCustomerValue('ge', 'other', nobleSha256),
      hashCustomerValue('zp', 'L-1234', nobleSha256),
      hashCustomerValue('country', 'USA', nobleSha256),
      hashCustomerValue('fn', ' \u3000\ufeff\u2028', nobleSha256),
    ]).toEqual([
      { ok: false, reason: 'invalid email' },
      { ok: false, reason: 'phone too short' },
      { ok: false, reason: 'phone too long' },
      { ok: false, reason: 'gender must be f, m, female or male' },
      { ok: false, reason: 'zip code shorter than 2 characters' },
      { ok: false, reason: 'not an ISO 3166-1 alpha-2 country code' },
      { ok: false, reason: 'empty after trimming' },
    ])
  })
})
