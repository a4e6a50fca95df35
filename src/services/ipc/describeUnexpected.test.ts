import { describe, expect, it } from 'vitest'
import { describeUnexpected } from './describeUnexpected'

describe('describeUnexpected', () => {
  it('names the error, redacts any token and stays short', () => {
    const token = 'EAABcanaryTOKEN1234567890abcdef'
    const lines = [
      describeUnexpected(new TypeError(`bad header authorization: Bearer ${token}`)),
      describeUnexpected(`GET /me?access_token=${token}`),
      describeUnexpected(new Error('x'.repeat(10_000))).length,
    ]
    expect(lines).toEqual([
      'TypeError: bad header authorization: Bearer <REDACTED>',
      'thrown: GET /me?access_token=<REDACTED>',
      500,
    ])
  })
})
