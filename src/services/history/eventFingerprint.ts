import { createHash } from 'node:crypto'

/** JSON with keys sorted at every level, so two equal events always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The "same payload" of the duplicate guard: SHA-256 of the event without `event_time` (a resend
 * of the same conversion a minute later is still the same conversion for Meta's counting).
 */
export function eventFingerprint(event: unknown): string {
  let subject = event
  if (event !== null && typeof event === 'object' && !Array.isArray(event)) {
    const { event_time: _eventTime, ...rest } = event as Record<string, unknown>
    subject = rest
  }
  return createHash('sha256').update(canonicalJson(subject)).digest('hex')
}

export interface BodyEvents {
  events: unknown[]
  eventNames: string[]
  eventIds: string[]
  payloadHashes: string[]
  testEventCode?: string
}

/** What the history indexes from a Meta request body (`{ data: [...], test_event_code? }`). */
export function describeBody(body: unknown): BodyEvents {
  const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  let data: unknown = record.data
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      data = []
    }
  }
  const events = Array.isArray(data) ? data : []
  const field = (event: unknown, key: string): string | undefined => {
    const value =
      event !== null && typeof event === 'object'
        ? (event as Record<string, unknown>)[key]
        : undefined
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  const testEventCode =
    typeof record.test_event_code === 'string' && record.test_event_code.trim() !== ''
      ? record.test_event_code
      : undefined
  return {
    events,
    eventNames: events.map((event) => field(event, 'event_name') ?? '(no name)'),
    eventIds: events.flatMap((event) => field(event, 'event_id') ?? []),
    payloadHashes: events.map(eventFingerprint),
    ...(testEventCode ? { testEventCode } : {}),
  }
}

/** A request body as text → its object: JSON, or a form (`data=[...]&test_event_code=...`). */
export function parseRequestBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return Object.fromEntries(new URLSearchParams(text))
  }
}
