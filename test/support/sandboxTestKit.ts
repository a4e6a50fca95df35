/**
 * Shared by the sandbox tests (not shipped code): the domain core's §13 example bodies with a
 * recent event_time, a fixed clock, and small HTTP helpers over real sockets.
 */
import {
  exampleInstagramPurchase,
  exampleMessengerLead,
  exampleWhatsAppPurchase,
} from '../../src/shared/capi/rules/exampleBodies'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import type { SandboxFixtures } from '../../src/meta-sandbox/sandboxFixtures'
import {
  type RunningSandbox,
  type SandboxOptions,
  startSandbox,
} from '../../src/meta-sandbox/startSandbox'

/** 2026-11-24 07:00 UTC: one hour after the spec's example event_time. */
export const testNowMs = 1_795_503_600_000
export const testNowSeconds = testNowMs / 1000
export const sandboxToken = 'SANDBOX-TOKEN-1234'
export const mainDatasetId = '123456789012345'
export const berlinDatasetId = '223456789012345'

type Json = Record<string, unknown>

export function whatsappPurchase(): Json {
  return exampleWhatsAppPurchase(testNowSeconds - 60)
}

export function messengerLead(): Json {
  return exampleMessengerLead(testNowSeconds - 60)
}

export function instagramPurchase(): Json {
  return exampleInstagramPurchase(testNowSeconds - 60)
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
    evidence: answer.headers.get('x-capi-workbench-evidence'),
  }
}
