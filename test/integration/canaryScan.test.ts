import { describe, expect, it } from 'vitest'
import { canaryForms, findCanary } from '../support/canaryScan'

describe('findCanary', () => {
  it('finds the canary plain, URL-encoded and inside base64 at any alignment', () => {
    const canary = 'CANARY|0123456789abcdef'
    const texts = new Map([
      ['plain', `token=${canary}`],
      ['url', `?t=${encodeURIComponent(canary)}&x=1`],
      ...[0, 1, 2].map((offset): [string, string] => [
        `base64 ${offset}`,
        Buffer.from(`${'y'.repeat(offset)}${canary}zz`).toString('base64'),
      ]),
      ['clean', 'nothing to see'],
    ])
    const where = [...new Set(findCanary(canary, texts).map((hit) => hit.where))]
    expect([where, canaryForms(canary).length > 4]).toEqual([
      ['plain', 'url', 'base64 0', 'base64 1', 'base64 2'],
      true,
    ])
  })
})
