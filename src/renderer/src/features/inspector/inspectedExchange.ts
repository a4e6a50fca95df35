import { evidenceHeader } from '../../../../shared/capi/evidence/evidence'
import {
  explainGraphError,
  explainNetworkError,
  explainPartialAcceptance,
  networkErrorKinds,
  type GraphErrorExplanation,
  type NetworkErrorKind,
} from '../../../../shared/capi/errors'
import { slowAnswerMs, type SendResult } from '../../../../shared/capi/sendResult'
import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import type { RecordedRequest } from '../../../../shared/redact'

/** One request and its answer as the Response panel shows it: from a send or a history entry. */
export interface InspectedExchange {
  title: string
  outcome: SendResult['outcome']
  status?: number
  headers: Record<string, string>
  rawBody?: string
  json?: unknown
  fbtraceId?: string
  explanation?: GraphErrorExplanation
  networkError?: { kind: string; message: string }
  /** Milliseconds per phase (queueMs, connectMs, tlsMs, ttfbMs, downloadMs, totalMs). */
  timing: Record<string, number>
  slow?: boolean
  /** What `slow` was judged against (the `send.slowThresholdMs` setting). */
  slowThresholdMs?: number
  /** Already redacted by main: `Authorization: Bearer <REDACTED>`. */
  request: RecordedRequest
  eventsReceived?: number
  eventsSent?: number
  startedAt?: string
  historyId?: string
}

export function fromSendResult(
  result: SendResult & { historyId?: string },
  title: string,
): InspectedExchange {
  return { ...result, title }
}

function isNetworkKind(kind: string): kind is NetworkErrorKind {
  return (networkErrorKinds as readonly string[]).includes(kind)
}

/**
 * A history entry keeps the answer but not the explanation: it is derived again from the catalog.
 * "Slow" is judged against the current `send.slowThresholdMs` setting.
 */
export function fromHistoryEntry(
  entry: HistoryEntry,
  slowThresholdMs: number = slowAnswerMs,
): InspectedExchange {
  const { response } = entry
  let explanation: GraphErrorExplanation | undefined
  if (entry.outcome === 'meta_error' && response.status !== undefined) {
    const ruleHeader = response.headers['x-capi-workbench-rule']
    const evidence = response.headers[evidenceHeader]
    explanation = explainGraphError(response.body, response.status, {
      ...(ruleHeader ? { ruleHeader } : {}),
      ...(evidence ? { evidenceHeader: evidence } : {}),
    })
  } else if (entry.outcome === 'partial') {
    const received = (response.body as { events_received?: unknown } | undefined)?.events_received
    explanation = explainPartialAcceptance(
      typeof received === 'number' ? received : undefined,
      entry.eventNames.length,
    )
  } else if (response.networkError && isNetworkKind(response.networkError.kind)) {
    explanation = explainNetworkError(response.networkError.kind, response.status)
  }
  const received = (response.body as { events_received?: unknown } | undefined)?.events_received
  return {
    title: `${entry.eventNames.join(', ')} · ${entry.connectionName ?? entry.endpoint}`,
    // An unknown outcome is a network error whose effect at Meta is unknown; the inspector shows it as one.
    outcome: entry.outcome === 'unknown' ? 'network_error' : entry.outcome,
    headers: response.headers,
    timing: entry.timing,
    request: entry.request,
    startedAt: entry.time,
    historyId: entry.id,
    eventsSent: entry.eventNames.length,
    ...(response.status !== undefined ? { status: response.status } : {}),
    ...(response.rawBody !== undefined ? { rawBody: response.rawBody } : {}),
    ...(response.body !== undefined ? { json: response.body } : {}),
    ...(entry.fbtraceId ? { fbtraceId: entry.fbtraceId } : {}),
    ...(explanation ? { explanation } : {}),
    ...(response.networkError ? { networkError: response.networkError } : {}),
    ...(typeof received === 'number' ? { eventsReceived: received } : {}),
    ...(entry.totalMs !== undefined
      ? { slow: entry.totalMs > slowThresholdMs, slowThresholdMs }
      : {}),
  }
}
