import { isInteger, isSafeNumber, parse as parseLossless } from 'lossless-json'
import type { IncomingMessage } from 'node:http'

/** Default request body limit: far above 1,000 events, small enough to refuse a runaway upload. */
export const defaultMaxBodyBytes = 10 * 1024 * 1024

export type BodyRead = { kind: 'read'; bytes: Buffer } | { kind: 'too_large' }

/** Reads the whole request body, stopping (and pausing the socket) once it passes `maxBytes`. */
export function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > maxBytes) {
        done = true
        req.pause()
        resolve({ kind: 'too_large' })
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (done) return
      done = true
      resolve({ kind: 'read', bytes: Buffer.concat(chunks) })
    })
    req.on('error', (error) => {
      if (done) return
      done = true
      reject(error)
    })
  })
}

/** The request body as the rule table sees it, plus what the sandbox needs besides. */
export interface ParsedPayload {
  /** The parsed body (an object for form bodies, `data` parsed from its JSON string). */
  body: unknown
  /** Why the body could not be read as JSON / form data; the events endpoint answers R3. */
  malformed?: string
}

/**
 * An integer above 2^53 − 1 as written (16–17-digit Page, WABA and IG IDs sent unquoted, as Meta's
 * samples show them): Meta reads its digits exactly, so the sandbox does too. The rule table reads
 * it like lossless-json's LosslessNumber; stored test events show its digits as text.
 */
class ExactInteger {
  readonly isLosslessNumber = true
  constructor(readonly value: string) {}
  toJSON(): string {
    return this.value
  }
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    const value: unknown = JSON.parse(text)
    if (!/\d{16}/.test(text)) return { ok: true, value }
    return {
      ok: true,
      value: parseLossless(text, null, (digits) =>
        isInteger(digits) && !isSafeNumber(digits) ? new ExactInteger(digits) : parseFloat(digits),
      ),
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** Form fields become a body object; `data` (a JSON string in Meta's cURL samples) is parsed. */
function formFieldsToBody(fields: Iterable<[string, unknown]>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [name, value] of fields) {
    if (typeof value !== 'string') continue
    if (name === 'data') {
      const parsed = tryParseJson(value)
      // A `data` that is not JSON stays a string, which R3 rejects as "Invalid data parameter".
      body.data = parsed.ok ? parsed.value : value
    } else {
      body[name] = value
    }
  }
  return body
}

/**
 * Parses a JSON body, a urlencoded form or a multipart form (cURL `-F data=[...]`).
 * An empty body is an empty object, so the rules report what is missing.
 */
export async function parseRequestPayload(
  bytes: Buffer,
  contentType: string | undefined,
): Promise<ParsedPayload> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded') {
    const text = bytes.toString('utf8')
    // `curl -d '{...}'` labels JSON as a form; read it as the JSON it is.
    const json = /^\s*\{/.test(text) ? tryParseJson(text) : undefined
    if (json?.ok) return { body: json.value }
    return { body: formFieldsToBody(new URLSearchParams(text)) }
  }
  if (type === 'multipart/form-data') {
    try {
      const form = await new Response(new Uint8Array(bytes), {
        headers: { 'content-type': contentType! },
      }).formData()
      return { body: formFieldsToBody(form.entries()) }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { body: {}, malformed: `The multipart form body could not be read: ${reason}` }
    }
  }
  const text = bytes.toString('utf8')
  if (text.trim() === '') return { body: {} }
  const parsed = tryParseJson(text)
  if (parsed.ok) return { body: parsed.value }
  return { body: {}, malformed: `The request body is not valid JSON: ${parsed.reason}` }
}

/**
 * The access token, from `Authorization: Bearer` (or `OAuth`), the `access_token` query parameter,
 * or an `access_token` body field — the places Meta reads it (spec §2.1).
 */
export function extractAccessToken(
  authorization: string | undefined,
  query: URLSearchParams,
  body: unknown,
): string | undefined {
  const header = authorization?.match(/^\s*(?:Bearer|OAuth)\s+(\S+)\s*$/i)
  if (header) return header[1]
  const fromQuery = query.get('access_token')
  if (fromQuery) return fromQuery
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const fromBody = (body as Record<string, unknown>).access_token
    if (typeof fromBody === 'string' && fromBody !== '') return fromBody
  }
  return undefined
}
