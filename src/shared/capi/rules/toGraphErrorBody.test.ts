import { describe, expect, it } from 'vitest'
import { toGraphErrorBody } from './toGraphErrorBody'

describe('toGraphErrorBody', () => {
  it('uses the §14 template for validation errors', () => {
    expect(
      toGraphErrorBody(
        {
          rule: 'R7',
          httpStatus: 400,
          code: 100,
          subcode: 2804066,
          type: 'OAuthException',
          evidence: { level: 'observed' },
          title: 'Messaging Event Invalid Event Type',
          message: '"Lead" is not one of the 14 business-messaging event names.',
        },
        'B2xxxxxxxxxxxxxxxxxxxx',
      ),
    ).toEqual({
      error: {
        message: 'Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_subcode: 2804066,
        is_transient: false,
        error_user_title: 'Messaging Event Invalid Event Type',
        error_user_msg: '"Lead" is not one of the 14 business-messaging event names.',
        fbtrace_id: 'B2xxxxxxxxxxxxxxxxxxxx',
      },
    })
  })

  it('omits error_subcode when Meta’s subcode is unknown', () => {
    const body = toGraphErrorBody(
      {
        rule: 'R18',
        httpStatus: 400,
        code: 100,
        type: 'OAuthException',
        evidence: { level: 'observed' },
        title: 'Messaging Event Within Messaging Restrictive Region',
        message: 'm',
      },
      't',
    )
    expect(Object.keys(body.error)).toEqual([
      'message',
      'type',
      'code',
      'is_transient',
      'error_user_title',
      'error_user_msg',
      'fbtrace_id',
    ])
  })

  it('answers token and dataset errors like the §13 examples', () => {
    expect([
      toGraphErrorBody(
        {
          rule: 'R1',
          httpStatus: 400,
          code: 190,
          type: 'OAuthException',
          evidence: { level: 'observed' },
          title: 't',
          message: 'Invalid OAuth access token - Cannot parse access token',
        },
        'D4',
      ),
      toGraphErrorBody(
        {
          rule: 'R2',
          httpStatus: 400,
          code: 100,
          subcode: 33,
          type: 'GraphMethodException',
          evidence: { level: 'observed' },
          title: 't',
          message: "Unsupported post request. Object with ID '1' …",
        },
        'E5',
      ),
    ]).toEqual([
      {
        error: {
          message: 'Invalid OAuth access token - Cannot parse access token',
          type: 'OAuthException',
          code: 190,
          fbtrace_id: 'D4',
        },
      },
      {
        error: {
          message: "Unsupported post request. Object with ID '1' …",
          type: 'GraphMethodException',
          code: 100,
          error_subcode: 33,
          fbtrace_id: 'E5',
        },
      },
    ])
  })
})
