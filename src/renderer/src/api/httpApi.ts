import { apiPrefix, secretHeaderName } from '../../../shared/browserMode'
import { channelNameList, eventNameList } from '../../../shared/contract/channelNameList'
import type { WorkbenchApi } from '../../../shared/contract/api'
import type { Result } from '../../../shared/result'
import { createEventSubscriptions } from './eventSubscriptions'
import { isSessionLostCode, reportSessionLost } from './sessionLost'
import type { SecretProvider } from './fragmentSecret'

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

function failure(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (candidate.ok === true) return 'value' in candidate
  return (
    candidate.ok === false &&
    typeof candidate.error?.code === 'string' &&
    typeof candidate.error.message === 'string'
  )
}

/**
 * Browser mode's transport: the same `WorkbenchApi` as the preload's `window.api`, over
 * `POST /api/<channel>` with the per-launch secret as a header. Never throws: a refused, failed
 * or unreadable call answers `{ ok: false }` like any other. Subscriptions use one fetch-streamed
 * `GET /api/events` (EventSource cannot send the secret header; fetch can, so the secret stays
 * out of every URL).
 */
export function createHttpApi(
  baseUrl: string,
  secretProvider: SecretProvider,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): WorkbenchApi {
  async function call(name: string, input: unknown): Promise<Result<unknown>> {
    const secret = secretProvider()
    if (!secret) {
      return failure(
        'missing_secret',
        'This page has no Workbench secret. Open the link that `npm start` printed (it ends in #secret=…).',
      )
    }
    let response: Response
    try {
      response = await fetchImpl(`${baseUrl}${apiPrefix}${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [secretHeaderName]: secret },
        body: JSON.stringify({ input }),
        cache: 'no-store',
        credentials: 'omit',
      })
    } catch {
      return failure(
        'server_unreachable',
        'The Workbench server is not answering. Is `npm start` still running?',
      )
    }
    try {
      const body: unknown = await response.json()
      if (isResult(body)) return body
    } catch {
      // fall through
    }
    return failure(
      'bad_response',
      `The Workbench server answered ${response.status} without a result.`,
    )
  }

  async function reportingCall(name: string, input: unknown): Promise<Result<unknown>> {
    const result = await call(name, input)
    if (!result.ok && isSessionLostCode(result.error.code)) reportSessionLost(result.error.code)
    return result
  }

  const api: Record<string, unknown> = {}
  for (const name of channelNameList) api[name] = (input?: unknown) => reportingCall(name, input)
  const subscriptions = createEventSubscriptions(baseUrl, secretProvider, fetchImpl)
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!(eventNameList as readonly string[]).includes(event))
      throw new Error(`Unknown event ${event}`)
    return subscriptions.add(event, listener)
  }
  return Object.freeze(api) as unknown as WorkbenchApi
}
