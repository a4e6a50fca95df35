/**
 * Shared by the sandbox tests (not shipped code): the spec §13 example bodies with a recent
 * event_time, a fixed clock, and small HTTP helpers over real sockets.
 */
import { defaultSandboxFixtures } from './loadSandboxFixtures'
import type { SandboxFixtures } from './sandboxFixtures'
import { type RunningSandbox, type SandboxOptions, startSandbox } from './startSandbox'

/** 2026-11-24 07:00 UTC: one hour after the spec's example event_time. */
export const testNowMs = 1_795_503_600_000
export const testNowSeconds = testNowMs / 1000
export const sandboxToken = 'SANDBOX-TOKEN-1234'
export const mainDatasetId = '123456789012345'
export const berlinDatasetId = '223456789012345'
export const exampleClid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

type Json = Record<string, unknown>

export function whatsappPurchase(): Json {
  return {
    data: [
      {
        event_name: 'Purchase',
        event_time: testNowSeconds - 60,
        event_id: 'order-10042',
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        user_data: {
          whatsapp_business_account_id: '100000000000001',
          ctwa_clid: exampleClid,
          ph: ['e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
        },
        custom_data: { currency: 'USD', value: 49.9, order_id: '10042' },
      },
    ],
    test_event_code: 'TEST12345',
  }
}

export function messengerLead(): Json {
  return {
    data: [
      {
        event_name: 'LeadSubmitted',
        event_time: testNowSeconds - 60,
        event_id: 'lead-7781',
        action_source: 'business_messaging',
        messaging_channel: 'messenger',
        user_data: {
          page_id: '100000000000002',
          page_scoped_user_id: '7000000000000001',
          em: ['62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'],
        },
      },
    ],
    test_event_code: 'TEST12345',
  }
}

export function instagramPurchase(): Json {
  return {
    data: [
      {
        event_name: 'Purchase',
        event_time: testNowSeconds - 60,
        action_source: 'business_messaging',
        messaging_channel: 'instagram',
        user_data: { ig_account_id: '17841400000000003', ig_sid: '1000000000000004' },
        custom_data: { currency: 'BRL', value: 120 },
      },
    ],
    test_event_code: 'TEST12345',
  }
}

/** The first event of a body, for tests that break one field. */
export function firstEvent(body: Json): Json {
  return (body.data as Json[])[0]!
}

export function startTestSandbox(
  overrides: Partial<SandboxOptions> & { fixtures?: SandboxFixtures } = {},
): Promise<RunningSandbox> {
  return startSandbox({
    fixtures: defaultSandboxFixtures(),
    now: () => testNowMs,
    ...overrides,
  })
}

export interface Answer {
  status: number
  headers: Headers
  json: Json
}

export async function postEvents(
  sandbox: RunningSandbox,
  body: unknown,
  options: { token?: string | null; datasetId?: string; version?: string; headers?: Json } = {},
): Promise<Answer> {
  const token = options.token === undefined ? sandboxToken : options.token
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `Bearer ${token}`
  Object.assign(headers, options.headers)
  const path = `/${options.version ?? 'v26.0'}/${options.datasetId ?? mainDatasetId}/events`
  const response = await fetch(sandbox.url + path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Json,
  }
}

/** What a rule test compares: the status, the rule header and Meta's error identity. */
export function errorIdentity(answer: Answer): Json {
  const error = (answer.json.error ?? {}) as Json
  return {
    status: answer.status,
    rule: answer.headers.get('x-capi-workbench-rule'),
    code: error.code,
    subcode: error.error_subcode,
    type: error.type,
  }
}
