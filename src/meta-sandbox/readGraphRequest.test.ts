import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSandboxFixtures } from './loadSandboxFixtures'
import { extractAccessToken, parseRequestPayload } from './readGraphRequest'
import {
  errorIdentity,
  firstEvent,
  instagramPurchase,
  messengerLead,
  postEvents,
  startTestSandbox,
  whatsappPurchase,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'

type Json = Record<string, unknown>

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

describe('parseRequestPayload', () => {
  it('reads JSON, forms with data as a JSON string, curl -d JSON labelled as a form, and bad JSON', async () => {
    const form = 'data=%5B%7B%22a%22%3A1%7D%5D&test_event_code=TEST1'
    expect(
      await Promise.all([
        parseRequestPayload(Buffer.from('{"data":[]}'), 'application/json; charset=utf-8'),
        parseRequestPayload(Buffer.from(form), 'application/x-www-form-urlencoded'),
        parseRequestPayload(Buffer.from('{"data":[]}'), 'application/x-www-form-urlencoded'),
        parseRequestPayload(Buffer.from(''), undefined),
        parseRequestPayload(Buffer.from('{"data":'), 'application/json'),
      ]),
    ).toEqual([
      { body: { data: [] } },
      { body: { data: [{ a: 1 }], test_event_code: 'TEST1' } },
      { body: { data: [] } },
      { body: {} },
      {
        body: {},
        malformed: expect.stringMatching(/^The request body is not valid JSON: /),
      },
    ])
  })
})

describe('extractAccessToken', () => {
  it('takes the Bearer header first, then the query, then the body field', () => {
    const query = new URLSearchParams('access_token=from-query')
    expect([
      extractAccessToken('Bearer from-header', query, { access_token: 'from-body' }),
      extractAccessToken('OAuth from-oauth', new URLSearchParams(), {}),
      extractAccessToken(undefined, query, { access_token: 'from-body' }),
      extractAccessToken('Basic abc', new URLSearchParams(), { access_token: 'from-body' }),
      extractAccessToken(undefined, new URLSearchParams(), { access_token: '' }),
    ]).toEqual(['from-header', 'from-oauth', 'from-query', 'from-body', undefined])
  })
})

/** A valid example body with one change made to its first event. */
function broken(make: () => Json, change: (event: Json, userData: Json) => void): Json {
  const body = make()
  const event = firstEvent(body)
  change(event, event.user_data as Json)
  return body
}

describe('events endpoint: request shapes', () => {
  it('accepts a urlencoded form with data as a JSON string and the token as a body field', async () => {
    const body = whatsappPurchase()
    const form = new URLSearchParams({
      data: JSON.stringify(body.data),
      test_event_code: 'TEST1',
      access_token: 'SANDBOX-TOKEN-1234',
    })
    const response = await fetch(`${sandbox.url}/v26.0/123456789012345/events`, {
      method: 'POST',
      body: form,
    })
    expect([response.status, await response.json()]).toMatchObject([200, { events_received: 1 }])
  })

  it('accepts a multipart form (cURL -F data=[...]) with the token in the query', async () => {
    const form = new FormData()
    form.set('data', JSON.stringify(messengerLead().data))
    const response = await fetch(
      `${sandbox.url}/v26.0/123456789012345/events?access_token=SANDBOX-TOKEN-1234`,
      { method: 'POST', body: form },
    )
    expect([response.status, await response.json()]).toMatchObject([200, { events_received: 1 }])
  })

  it('answers R3 when a form data field is not JSON', async () => {
    const form = new URLSearchParams({ data: '[{oops', access_token: 'SANDBOX-TOKEN-1234' })
    const response = await fetch(`${sandbox.url}/v26.0/123456789012345/events`, {
      method: 'POST',
      body: form,
    })
    expect([response.status, response.headers.get('x-capi-workbench-rule')]).toEqual([400, 'R3'])
  })

  it('refuses a body over the size limit with 413', async () => {
    const small = await startTestSandbox({ maxBodyBytes: 1000 })
    try {
      const answer = await postEvents(small, { data: [{ padding: 'x'.repeat(5000) }] })
      expect(errorIdentity(answer)).toEqual({
        status: 413,
        rule: 'R3',
        code: 100,
        subcode: undefined,
        type: 'OAuthException',
        evidence: 'assumption',
      })
    } finally {
      await small.close()
    }
  })
})

describe('default mode (revision 2; revision 1 needed "lenient": true) and strict mode', () => {
  it('accepts instagram_business_account_id in place of ig_account_id; strict mode does not', async () => {
    const normal = await startTestSandbox()
    const strict = await startTestSandbox({
      fixtures: { ...defaultSandboxFixtures(), strict: true },
    })
    try {
      const body = broken(instagramPurchase, (_e, u) => {
        u.instagram_business_account_id = u.ig_account_id
        delete u.ig_account_id
      })
      const answers = [await postEvents(normal, body), await postEvents(strict, body)]
      expect(
        answers.map((answer) => [answer.status, answer.headers.get('x-capi-workbench-evidence')]),
      ).toEqual([
        [200, null],
        [400, 'assumption'],
      ])
    } finally {
      await normal.close()
      await strict.close()
    }
  })
})
