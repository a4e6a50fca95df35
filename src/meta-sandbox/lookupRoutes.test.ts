import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  testNowSeconds,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

async function get(
  path: string,
  token: string | null = sandboxToken,
  method = 'GET',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` }
  const response = await fetch(sandbox.url + path, { method, headers })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

function errorOf(answer: { status: number; json: Record<string, unknown> }) {
  const error = answer.json.error as Record<string, unknown>
  return { status: answer.status, code: error.code, subcode: error.error_subcode, type: error.type }
}

describe('Graph lookups (spec §9)', () => {
  it('GET /me answers the token user with the requested fields', async () => {
    expect(await get('/v26.0/me?fields=id,name')).toEqual({
      status: 200,
      json: { id: '61550000000001', name: 'Sandbox system user' },
    })
  })

  it('GET /me/permissions lists granted permissions', async () => {
    const answer = await get('/v26.0/me/permissions', 'SANDBOX-TOKEN-NO-WHATSAPP')
    expect(answer.json).toEqual({
      data: [
        { permission: 'page_events', status: 'granted' },
        { permission: 'pages_messaging', status: 'granted' },
        { permission: 'instagram_manage_events', status: 'granted' },
      ],
    })
  })

  it('GET /debug_token reports an expired token as invalid with 190/463', async () => {
    const answer = await get('/v25.0/debug_token?input_token=SANDBOX-TOKEN-EXPIRED')
    const data = answer.json.data as Record<string, unknown>
    expect({
      isValid: data.is_valid,
      expired: (data.expires_at as number) < testNowSeconds,
      error: data.error,
    }).toEqual({
      isValid: false,
      expired: true,
      error: { code: 190, subcode: 463, message: 'Session has expired.' },
    })
  })

  it('GET /debug_token on a valid token lists its scopes', async () => {
    const answer = await get(`/v26.0/debug_token?input_token=${sandboxToken}`)
    const data = answer.json.data as Record<string, unknown>
    expect([
      data.is_valid,
      data.expires_at,
      (data.scopes as string[]).includes('page_events'),
    ]).toEqual([true, 0, true])
  })

  it('GET /debug_token on an unknown input token says it cannot be parsed', async () => {
    const answer = await get('/v26.0/debug_token?input_token=nope')
    expect(answer.json).toEqual({
      data: {
        error: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
        is_valid: false,
        scopes: [],
      },
    })
  })

  it('GET /{dataset_id}?fields=… answers the SDK field list', async () => {
    const answer = await get(
      `/v26.0/${mainDatasetId}?fields=id,name,last_fired_time,owner_business,is_unavailable`,
    )
    expect({ ...answer.json, last_fired_time: typeof answer.json.last_fired_time }).toEqual({
      id: mainDatasetId,
      name: 'Sandbox store (US/BR/ID)',
      last_fired_time: 'string',
      owner_business: { id: '900000000000001', name: 'Sandbox Business' },
      is_unavailable: false,
    })
  })

  it('GET an unknown dataset answers 100/33', async () => {
    expect(errorOf(await get('/v26.0/555555555555555'))).toEqual({
      status: 400,
      code: 100,
      subcode: 33,
      type: 'GraphMethodException',
    })
  })

  it('GET /{waba_id}/dataset lists the linked dataset; POST returns it', async () => {
    const listed = await get('/v26.0/100000000000001/dataset')
    const created = await get('/v26.0/17841400000000013/dataset', sandboxToken, 'POST')
    expect([listed.json, created.json]).toEqual([
      { data: [{ id: mainDatasetId, name: 'Sandbox store (US/BR/ID)' }] },
      { id: '223456789012345' },
    ])
  })

  it('refuses lookups without a token (104), with an unknown (190) or expired one (190/463)', async () => {
    const answers = await Promise.all([
      get('/v26.0/me', null),
      get('/v26.0/me', 'WRONG-TOKEN-0000'),
      get('/v26.0/me', 'SANDBOX-TOKEN-EXPIRED'),
    ])
    expect(answers.map(errorOf)).toEqual([
      { status: 400, code: 104, subcode: undefined, type: 'OAuthException' },
      { status: 400, code: 190, subcode: undefined, type: 'OAuthException' },
      { status: 400, code: 190, subcode: 463, type: 'OAuthException' },
    ])
  })

  it('answers an unknown path with 2500', async () => {
    expect(errorOf(await get('/v26.0/me/friends'))).toEqual({
      status: 400,
      code: 2500,
      subcode: undefined,
      type: 'OAuthException',
    })
  })
})
