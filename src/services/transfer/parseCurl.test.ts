import { describe, expect, it } from 'vitest'
import { parseCurl } from './parseCurl'
import { shellWords } from './shellWords'

const canary = 'EAABcanaryTOKEN1234567890abcdef'

describe('shellWords', () => {
  it('handles quotes, escapes, ANSI-C strings and line continuations', () => {
    const text = `curl -H "A: \\"x\\"" \\\n  'it'"'"'s' $'a\\nb' plain\\ word`
    expect(shellWords(text)).toEqual(['curl', '-H', 'A: "x"', "it's", 'a\nb', 'plain word'])
  })

  it('refuses an unclosed quote', () => {
    expect(() => shellWords(`curl -d '{"a":1}`)).toThrow('single quote is never closed')
  })
})

describe('parseCurl', () => {
  it("reads Meta's documented form shape and drops the token", () => {
    const command = `curl -X POST \\
      -F 'data=[{"event_name":"Purchase","action_source":"business_messaging"}]' \\
      -F 'access_token=${canary}' \\
      https://graph.facebook.com/v26.0/123456/events`
    const parsed = parseCurl(command)
    expect(parsed).toEqual({
      method: 'POST',
      url: 'https://graph.facebook.com/v26.0/123456/events',
      headers: [],
      form: [
        { name: 'data', value: '[{"event_name":"Purchase","action_source":"business_messaging"}]' },
      ],
      dropped: ['form field access_token'],
      notes: [],
    })
  })

  it('reads a JSON body with headers, attached short options and a token in the query', () => {
    const command = `curl -sSXPOST --url 'https://graph.facebook.com/v25.0/99/events?access_token=${canary}&x=1' -H 'Content-Type: application/json' -H "Authorization: Bearer ${canary}" --data-raw '{"data":[]}'`
    const parsed = parseCurl(command)
    expect(parsed).toEqual({
      method: 'POST',
      url: 'https://graph.facebook.com/v25.0/99/events?x=1',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      data: '{"data":[]}',
      form: [],
      dropped: ['Authorization header', 'access_token in the URL'],
      notes: [],
    })
    expect(JSON.stringify(parsed)).not.toContain(canary)
  })

  it('drops credential options and never quotes a token in a note', () => {
    const parsed = parseCurl(
      `curl --oauth2-bearer ${canary} -U me:${canary} --unknown-option ${canary} https://x.test/v26.0/1/events`,
    )
    expect([parsed.url, parsed.dropped, JSON.stringify(parsed).includes(canary)]).toEqual([
      'https://x.test/v26.0/1/events',
      ['--oauth2-bearer credentials', '-U credentials'],
      false,
    ])
  })

  it('drops access_token from urlencoded data and notes file references', () => {
    const parsed = parseCurl(
      `curl https://x.test/v26.0/1/events -d 'data=%5B%5D' -d access_token=${canary} -F 'data=@events.json'`,
    )
    expect([parsed.data, parsed.dropped, parsed.notes]).toEqual([
      'data=%5B%5D',
      ['access_token in the data'],
      ['-F data=@events.json reads a file that was not pasted'],
    ])
  })
})
