import { describe, expect, it } from 'vitest'
import { jsonSyntaxMessage } from './jsonSyntaxMessage'

function parseError(text: string): unknown {
  try {
    JSON.parse(text)
  } catch (error) {
    return error
  }
  throw new Error('parsed')
}

describe('jsonSyntaxMessage', () => {
  it('keeps the reason and the position but never quotes the input', () => {
    const token = 'EAABsecretTOKEN1234567890abcdef'
    const messages = [
      token,
      `{"data": [], "x": ${token}}`,
      `[1, 2, ${'a'.repeat(40)} ${token}]`,
      '{"data": [',
    ].map((text) => jsonSyntaxMessage(parseError(text)))
    expect(messages.map((message) => [message.includes('EAAB'), message.includes('"')])).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ])
    expect(messages[0]).toMatch(/^Unexpected token/)
  })
})
