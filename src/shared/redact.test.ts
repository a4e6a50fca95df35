import { describe, expect, it } from 'vitest'
import { redactDeep, redactRawText, redactRequest, redactToken, toCurl } from './redact'

const canary = 'CANARY-tok/en+1234=='
const metaLike = 'EAABsbCS1iHgBAZBZCcanarytokenvalue0123456789'

describe('redactToken', () => {
  it('removes a known token in plain, URL-encoded and JSON-escaped forms', () => {
    const text = `a ${canary} b ${encodeURIComponent(canary)} c ${JSON.stringify(canary)}`
    expect(redactToken(text, canary)).toBe('a <REDACTED> b <REDACTED> c "<REDACTED>"')
  })

  it('removes anything shaped like a Meta token even when the token is not known', () => {
    expect(redactToken(`token was ${metaLike}.`)).toBe('token was <REDACTED>.')
  })

  it('removes bearer values and secret parameters in query, form and JSON text', () => {
    const text = [
      'Authorization: Bearer abc.def-ghi_jkl.mno',
      '/me?access_token=xyz&fields=id',
      'data=[]&appsecret_proof=f00d',
      '{"input_token": "qq", "other": 1}',
    ].join('\n')
    expect(redactToken(text).split('\n')).toEqual([
      'Authorization: Bearer <REDACTED>',
      '/me?access_token=<REDACTED>&fields=id',
      'data=[]&appsecret_proof=<REDACTED>',
      '{"input_token": "<REDACTED>", "other": 1}',
    ])
  })
})

describe('redactToken: prose stays readable', () => {
  it("leaves Meta's messages about tokens alone", () => {
    const text =
      'Invalid OAuth access token - Cannot parse access token. An access token is required; send it as Bearer.'
    expect(redactToken(text)).toBe(text)
  })
})

describe('redactRequest', () => {
  it('redacts the Authorization header, URL parameters and body fields', () => {
    const request = {
      method: 'POST',
      url: `https://graph.facebook.com/v26.0/123/events?access_token=${encodeURIComponent(canary)}&x=1`,
      headers: { Authorization: `Bearer ${canary}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: [], access_token: canary, appsecret_proof: 'abc123' }),
    }
    expect(redactRequest(request, canary)).toEqual({
      method: 'POST',
      url: 'https://graph.facebook.com/v26.0/123/events?access_token=<REDACTED>&x=1',
      headers: { Authorization: 'Bearer <REDACTED>', 'content-type': 'application/json' },
      body: '{"data":[],"access_token":"<REDACTED>","appsecret_proof":"<REDACTED>"}',
    })
  })

  it('redacts an unknown token from a form body', () => {
    const request = {
      method: 'POST',
      url: 'http://x/',
      headers: {},
      body: `data=[]&token=${metaLike}`,
    }
    expect(redactRequest(request).body).toBe('data=[]&token=<REDACTED>')
  })
})

describe('toCurl', () => {
  const request = {
    method: 'POST',
    url: 'https://graph.facebook.com/v26.0/123/events',
    headers: { authorization: `Bearer ${canary}`, 'content-type': 'application/json' },
    body: `{"data":[{"event_name":"It's"}]}`,
  }

  it('prints a shell command with the token redacted and quotes escaped', () => {
    expect(toCurl(request, {}, canary)).toBe(
      `curl -X POST 'https://graph.facebook.com/v26.0/123/events' -H 'authorization: Bearer <REDACTED>'` +
        ` -H 'content-type: application/json' --data-raw '{"data":[{"event_name":"It'\\''s"}]}'`,
    )
  })

  it('uses a shell variable as placeholder when asked', () => {
    expect(toCurl(request, { tokenPlaceholder: '$CAPI_TOKEN' }, canary)).toContain(
      `-H "authorization: Bearer $CAPI_TOKEN"`,
    )
  })
})

describe('escaped and decoded token forms', () => {
  const token = 'TOKEN/with/slashes/0123456789'
  const unicode = [...token]
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')

  it('redactRawText decodes \\u escapes and \\/ before redacting, keeping the rest as sent', () => {
    const raw = `{"error":{"message":"bad token ${unicode}","user":"${token.replaceAll('/', '\\/')}","code":190,"ok":"a\\u0020b"}}`
    const safe = redactRawText(raw, token)
    const decoded = JSON.parse(safe) as { error: Record<string, unknown> }
    expect(decoded.error).toEqual({
      message: 'bad token <REDACTED>',
      user: '<REDACTED>',
      code: 190,
      ok: 'a\\u0020b'.replace('\\u0020', ' '),
    })
    expect(safe).toContain('"ok":"a\\u0020b"')
  })

  it('redactRawText catches an escaped EAA token without knowing it', () => {
    const hidden = 'EAABsbCS1iHgBAZ' + 'x'.repeat(20)
    const raw = `{"m":"\\u0045${hidden.slice(1)}"}`
    expect(redactRawText(raw)).toBe('{"m":"<REDACTED>"}')
  })

  it('redactDeep redacts every string and key, and the value of secret-named keys', () => {
    const value = {
      message: `token ${token}`,
      nested: [{ access_token: 'anything' }, { [token]: 1 }],
      count: 3,
    }
    expect(redactDeep(value, token)).toEqual({
      message: 'token <REDACTED>',
      nested: [{ access_token: '<REDACTED>' }, { '<REDACTED>': 1 }],
      count: 3,
    })
    expect(value.message).toBe(`token ${token}`)
  })
})
