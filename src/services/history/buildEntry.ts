import { randomBytes } from 'node:crypto'
import { isOutcomeUnknown } from '../../shared/capi/errors/explainNetworkError'
import { EventDraft } from '../../shared/capi/model/eventDraft'
import type { SendResult } from '../../shared/capi/sendResult'
import { HistoryEntry } from '../../shared/contract/historyChannels'
import { redactDeep, redactRawText, redactRequest, redactToken } from '../../shared/redact'
import { describeBody, parseRequestBody } from './eventFingerprint'

/** What a send produced: the fields of the Graph client's SendResult the history keeps. */
export interface RecordSendInput {
  connectionName?: string
  endpoint: string
  datasetId?: string
  apiVersion?: string
  presetId?: string
  draft?: EventDraft
  /** The Graph client's answer; its request is redacted again before it is stored. */
  result: Pick<SendResult, 'outcome' | 'request' | 'headers' | 'timing' | 'startedAt'> &
    Partial<
      Pick<SendResult, 'status' | 'rawBody' | 'json' | 'fbtraceId' | 'explanation' | 'networkError'>
    >
}

export function buildEntry(input: RecordSendInput, now: Date): HistoryEntry {
  const { result } = input
  const redacted = redactRequest(result.request)
  const body = describeBody(parseRequestBody(redacted.body))
  const time = result.startedAt !== undefined ? new Date(result.startedAt) : now
  const timing = Object.fromEntries(
    Object.entries(result.timing ?? {}).filter(
      (pair): pair is [string, number] => typeof pair[1] === 'number',
    ),
  )
  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>
  return HistoryEntry.parse({
    id: `${time.getTime().toString(36)}-${randomBytes(4).toString('hex')}`,
    time: (Number.isNaN(time.getTime()) ? now : time).toISOString(),
    ...optional('connectionName', input.connectionName),
    endpoint: input.endpoint,
    ...optional('datasetId', input.datasetId),
    ...optional('apiVersion', input.apiVersion),
    eventNames: body.eventNames,
    eventIds: body.eventIds,
    payloadHashes: body.payloadHashes,
    ...optional('testEventCode', body.testEventCode),
    // A timeout or reset after sending: Meta may have counted it (spec §10), so it is "unknown".
    outcome:
      result.outcome === 'network_error' &&
      result.networkError &&
      isOutcomeUnknown(result.networkError.kind)
        ? 'unknown'
        : result.outcome,
    ...optional('status', result.status),
    ...optional('fbtraceId', result.fbtraceId),
    ...optional('errorTitle', redactDeep(result.explanation?.title ?? result.networkError?.kind)),
    ...optional('totalMs', timing.totalMs),
    ...optional('presetId', input.presetId),
    request: redacted,
    response: {
      ...optional('status', result.status),
      headers: result.headers ?? {},
      // Stored answers are redacted again, decoded values included (patterns: the token is not known here).
      ...optional('body', redactDeep(result.json)),
      ...optional(
        'rawBody',
        result.json === undefined && result.rawBody !== undefined
          ? redactRawText(result.rawBody)
          : undefined,
      ),
      ...optional(
        'networkError',
        result.networkError && {
          ...result.networkError,
          message: redactToken(result.networkError.message),
        },
      ),
    },
    timing,
    ...optional('draft', input.draft === undefined ? undefined : redactDraft(input.draft)),
  })
}

/**
 * The draft as kept for re-opening, through the same redaction as the request: a token pasted into
 * a note or a field must not reach the history file. A draft the redaction made invalid is left out.
 */
function redactDraft(draft: EventDraft): EventDraft | undefined {
  const text = JSON.stringify(draft)
  const safe = redactToken(text)
  if (safe === text) return draft
  try {
    const parsed = EventDraft.safeParse(JSON.parse(safe))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
