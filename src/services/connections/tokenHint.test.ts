import { describe, expect, it } from 'vitest'
import { tokenHint } from './tokenHint'

describe('tokenHint', () => {
  it('shows four characters at each end of a real-length token and less of short ones', () => {
    expect([
      tokenHint('EAABsbCS1iHgBOZBZC7x9Qz'.padEnd(180, 'A') + 'x9Qz'),
      tokenHint('sandbox-token-1'),
      tokenHint('short'),
    ]).toEqual(['EAAB…x9Qz', '…-1', '…'])
  })
})
