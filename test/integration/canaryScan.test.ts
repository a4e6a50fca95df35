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

  it('finds the canary behind JSON escapes: \\u sequences, \\/ and a mix', () => {
    const canary = 'CANARY/0123456789abcdef'
    const unicode = [...canary].map(
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    const texts = new Map([
      ['all escaped', `{"message":"${unicode.join('')}"}`],
      ['slash', `{"message":"token ${canary.replaceAll('/', '\\/')} echoed"}`],
      [
        'mixed',
        `{"m":"x ${unicode.slice(0, 3).join('')}${canary.slice(3).replaceAll('/', '\\/')}"}`,
      ],
      ['clean', '{"message":"\\u0041 nothing"}'],
    ])
    const where = [...new Set(findCanary(canary, texts).map((hit) => hit.where))]
    expect(where).toEqual(['all escaped', 'slash', 'mixed'])
  })
})
