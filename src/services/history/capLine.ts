import type { HistoryEntry } from '../../shared/contract/historyChannels'

/** One history line is at most this long: a bigger response or request body is left out of it. */
export const maxHistoryLineBytes = 256 * 1024

/** The entry as one JSON line of at most `maxHistoryLineBytes`, the bulkiest parts dropped first. */
export function capLine(entry: HistoryEntry): string {
  let line = JSON.stringify(entry)
  if (Buffer.byteLength(line) <= maxHistoryLineBytes) return line
  const note = (bytes: number) =>
    `[left out of the history: ${bytes} bytes, over the ${maxHistoryLineBytes / 1024} KB line limit]`
  const { body: _body, rawBody, ...response } = entry.response
  const responseBytes = Buffer.byteLength(JSON.stringify(entry.response.body ?? rawBody ?? ''))
  let smaller: HistoryEntry = { ...entry, response: { ...response, rawBody: note(responseBytes) } }
  line = JSON.stringify(smaller)
  if (Buffer.byteLength(line) <= maxHistoryLineBytes) return line
  const { draft: _draft, ...withoutDraft } = smaller
  const requestBytes = Buffer.byteLength(entry.request.body ?? '')
  smaller = { ...withoutDraft, request: { ...entry.request, body: note(requestBytes) } }
  line = JSON.stringify(smaller)
  if (Buffer.byteLength(line) <= maxHistoryLineBytes) return line
  // Still too big (huge headers or ids): keep the summary only.
  return JSON.stringify({
    ...smaller,
    eventIds: smaller.eventIds.slice(0, 50),
    payloadHashes: smaller.payloadHashes.slice(0, 50),
    request: { method: smaller.request.method, url: smaller.request.url, headers: {} },
    response: { status: smaller.response.status, headers: {}, rawBody: note(responseBytes) },
  })
}
