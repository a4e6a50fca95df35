import { describe, expect, it } from 'vitest'
import { createServerSentEventParser } from './parseServerSentEvents'

describe('createServerSentEventParser', () => {
  it('returns complete events across chunk boundaries and skips comments', () => {
    const parse = createServerSentEventParser()
    const batches = [
      parse(': connected\n\nevent: app.no'),
      parse('tice\ndata: {"a":1}\n'),
      parse('\n: ping\n\nevent: x\r\ndata: line1\r\ndata: line2\r\n\r\n'),
    ]
    expect(batches).toEqual([
      [],
      [],
      [
        { event: 'app.notice', data: '{"a":1}' },
        { event: 'x', data: 'line1\nline2' },
      ],
    ])
  })
})
