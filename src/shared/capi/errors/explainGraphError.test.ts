import { describe, expect, it } from 'vitest'
import { explainGraphError } from './explainGraphError'

function metaError(code: number, subcode?: number, extra: Record<string, unknown> = {}) {
  return {
    error: {
      message: 'Invalid parameter',
      type: 'OAuthException',
      code,
      ...(subcode === undefined ? {} : { error_subcode: subcode }),
      fbtrace_id: 'AbC1dEf2GhI3jK',
      ...extra,
    },
  }
}

function summary(code: number, subcode?: number, status = 400) {
  const result = explainGraphError(metaError(code, subcode), status)
  return [code, subcode ?? null, result.title, result.category, result.retryable]
}

describe('explainGraphError: every row of spec §12', () => {
  // [code, subcode, title, category, retryable] — titles as spec §12 names them.
  const rows = [
    [100, 2804003, 'Event Timestamp Too Old', 'payload', 'never'],
    [100, 2804063, 'Missing Messaging Channel Parameter', 'payload', 'never'],
    [100, 2804064, 'Messaging Event Invalid Argument', 'payload', 'never'],
    [100, 2804066, 'Messaging Event Invalid Event Type', 'payload', 'never'],
    [100, 2804069, 'Missing Page ID', 'payload', 'never'],
    [100, 2804071, 'Missing CTWA clid', 'payload', 'never'],
    [100, 2804075, 'Missing ig_sid', 'payload', 'never'],
    [100, 2804079, 'Missing IG Account ID', 'payload', 'never'],
    [100, 2804087, 'Messaging Event Invalid Ctwa Clid', 'payload', 'never'],
    [100, 2804116, 'Missing Page or WhatsApp Business Account identification', 'payload', 'never'],
    [100, 2804132, 'No WhatsApp Business Account linked to this dataset', 'payload', 'never'],
    [100, 2804133, 'No IG Account Associated To Dataset', 'payload', 'never'],
    [100, 2804131, 'No Page Associated To Dataset', 'payload', 'never'],
    [100, 2804081, 'Currency missing', 'payload', 'never'],
    [100, 2804050, 'Insufficient customer information', 'payload', 'never'],
    [
      100,
      33,
      'Unsupported post request: object missing, no permission or unsupported',
      'permission',
      'never',
    ],
    [100, null, 'Invalid parameter', 'payload', 'never'],
    [1, null, 'API Unknown', 'temporary', 'manual'],
    [2, null, 'API Service', 'temporary', 'manual'],
    [3, null, 'API Method', 'permission', 'never'],
    [4, 1504022, 'API Too Many Calls', 'throttle', 'wait'],
    [4, 1504039, 'API Too Many Calls', 'throttle', 'wait'],
    [10, null, 'API Permission Denied', 'permission', 'never'],
    [17, 2446079, 'API User Too Many Calls', 'throttle', 'wait'],
    [32, null, 'Page request limit', 'throttle', 'wait'],
    [102, null, 'API Session', 'token', 'never'],
    [104, null, 'Access token required', 'token', 'never'],
    [190, null, 'Invalid OAuth access token', 'token', 'never'],
    [190, 458, 'App not installed', 'token', 'never'],
    [190, 459, 'User checkpointed', 'token', 'never'],
    [190, 460, 'Password changed', 'token', 'never'],
    [190, 463, 'Expired', 'token', 'never'],
    [190, 464, 'Unconfirmed user', 'token', 'never'],
    [190, 467, 'Invalid access token', 'token', 'never'],
    [190, 492, 'Invalid session', 'token', 'never'],
    [200, null, 'API Permission', 'permission', 'never'],
    [250, null, 'API Permission', 'permission', 'never'],
    [299, null, 'API Permission', 'permission', 'never'],
    [341, null, 'Application limit reached', 'throttle', 'wait'],
    [368, null, 'Temporarily blocked for policies violations', 'throttle', 'wait'],
    [613, 1487742, 'Calls exceed the rate limit', 'throttle', 'wait'],
    [2635, null, 'Deprecated Ads API version', 'payload', 'never'],
    [80000, null, 'Business Use Case rate limit', 'throttle', 'wait'],
    [80007, null, 'Business Use Case rate limit', 'throttle', 'wait'],
    [80014, null, 'Business Use Case rate limit', 'throttle', 'wait'],
  ] as const

  it('gives each code/subcode its title, category and retry advice', () => {
    const actual = rows.map(([code, subcode]) => summary(code, subcode ?? undefined))
    expect(actual).toEqual(rows.map((row) => [...row]))
  })
})

describe('explainGraphError: generic answers', () => {
  it('shows an unknown 2804xxx with Meta text as received and says nothing was counted', () => {
    const body = metaError(100, 2804001, {
      error_user_title: 'Titre inconnu',
      error_user_msg: 'Message localisé',
    })
    expect(explainGraphError(body, 400)).toEqual({
      title: 'Meta rejected the event content',
      explanation:
        'Meta rejected the event content with a subcode this catalog does not know. One invalid event rejects the whole request: nothing in it was counted.',
      fix: "Read Meta's title and message below; compare the event with the worked examples; keep the fbtrace_id for a bug report.",
      retryable: 'never',
      retryAdvice:
        'Do not resend as is: Meta will give the same answer. Fix the payload, token or permissions first.',
      docsUrl:
        'https://developers.facebook.com/docs/marketing-api/conversions-api/business-messaging/',
      category: 'payload',
      code: 100,
      subcode: 2804001,
      metaTitle: 'Titre inconnu',
      metaMessage: 'Message localisé',
      fbtraceId: 'AbC1dEf2GhI3jK',
      evidence: {
        level: 'assumption',
        note: "this subcode is not in the catalog; only Meta's own words say what it means",
      },
    })
  })

  it('treats an unknown code by HTTP status', () => {
    const answers = [
      explainGraphError(metaError(9999), 400),
      explainGraphError(metaError(9999), 503),
      explainGraphError(metaError(80015), 400),
    ].map((result) => [result.title, result.category, result.retryable])
    expect(answers).toEqual([
      ['Graph API error 9999', 'unknown', 'unknown'],
      ['Server error (HTTP 503)', 'temporary', 'manual'],
      ['Graph API error 80015', 'unknown', 'unknown'],
    ])
  })

  it('explains HTML and empty answers from proxies by status', () => {
    const answers = [
      explainGraphError('<html><body>Bad gateway</body></html>', 502),
      explainGraphError(undefined, 429),
      explainGraphError('', 404),
    ].map((result) => [result.title, result.category, result.retryable])
    expect(answers).toEqual([
      ['Server error (HTTP 502)', 'temporary', 'manual'],
      ['Too many requests (HTTP 429)', 'throttle', 'wait'],
      ['Not found (HTTP 404)', 'unknown', 'unknown'],
    ])
  })

  it('parses a JSON string body like an object', () => {
    const body = metaError(100, 2804066)
    expect(explainGraphError(JSON.stringify(body), 400)).toEqual(explainGraphError(body, 400))
  })

  it('keeps the throttling advice when a throttling error is marked transient', () => {
    const result = explainGraphError(metaError(4, 1504022, { is_transient: true }), 400)
    expect([result.category, result.retryable]).toEqual(['throttle', 'wait'])
  })

  it('follows is_transient: true over the code (spec §10 second row)', () => {
    const result = explainGraphError(metaError(100, 2804003, { is_transient: true }), 400)
    expect([result.title, result.retryable, result.isTransient]).toEqual([
      'Event Timestamp Too Old',
      'manual',
      true,
    ])
  })
})

describe('explainGraphError: never branches on localized text', () => {
  it('gives the same English explanation whatever the locale of the title and message', () => {
    const english = metaError(100, 2804003, {
      error_user_title: 'Event Timestamp Too Old',
      error_user_msg: 'The timestamp is too old.',
    })
    const french = metaError(100, 2804003, {
      message: 'Paramètre non valide',
      error_user_title: "Horodatage d'événement trop ancien",
      error_user_msg: "L'horodatage est trop ancien.",
    })
    const strip = (body: unknown) => {
      const { metaTitle: _t, metaMessage: _m, ...rest } = explainGraphError(body, 400)
      return rest
    }
    expect(strip(french)).toEqual(strip(english))
  })
})

describe('explainGraphError: restricted region (no known subcode)', () => {
  const regionTitle = 'Messaging Event Within Messaging Restrictive Region'

  it('recognises it from the sandbox rule header, from the English title, not from a French one', () => {
    const titles = [
      explainGraphError(metaError(100), 400, { ruleHeader: 'R18' }),
      explainGraphError(metaError(100, undefined, { error_user_title: regionTitle }), 400),
      explainGraphError(
        metaError(100, undefined, { error_user_title: 'Événement dans une région restreinte' }),
        400,
      ),
    ].map((result) => [result.title, result.category])
    expect(titles).toEqual([
      [regionTitle, 'region'],
      [regionTitle, 'region'],
      ['Invalid parameter', 'payload'],
    ])
  })

  it('keeps the subcode meaning when R18 fires for a missing dataset link', () => {
    const result = explainGraphError(metaError(100, 2804131), 400, { ruleHeader: 'R18' })
    expect([result.title, result.rule]).toEqual(['No Page Associated To Dataset', 'R18'])
  })

  it('names the sandbox rule for checklist errors that have no Meta subcode', () => {
    const titles = ['R2', 'R3', 'R4', 'R5', 'R8', 'R9', 'R12', 'R14', 'R15', 'R17'].map(
      (rule) => explainGraphError(metaError(100), 400, { ruleHeader: rule }).title,
    )
    expect(titles).toEqual([
      'Invalid API version',
      'Invalid data parameter',
      'Invalid test event code',
      'Missing action_source',
      'Invalid event_time',
      'Invalid parameter: event_time in the future',
      'Missing Page Scoped User ID',
      'Invalid identifier',
      'Customer information not hashed',
      'Invalid currency or value',
    ])
  })
})
