/**
 * The one redaction used by everything that logs, records or exports a request (history, inspector,
 * "Copy as cURL", CLI output). Tokens are replaced by `<REDACTED>`; nothing here throws.
 */
export const redactedMarker = '<REDACTED>'

/** Parameters that carry a secret wherever they appear (query string, form body, JSON body). */
export const secretParameterNames = ['access_token', 'input_token', 'appsecret_proof'] as const

/** Anything shaped like a Meta access token (user, page, system-user tokens start with EAA). */
const metaTokenPattern = /EAA[A-Za-z0-9]{20,}/g

const bearerPattern = /\b(Bearer|OAuth)\s+[^\s"',;]+/gi

const parameterPattern = new RegExp(
  // `access_token=...` in a query or form string, `"access_token": "..."` in JSON text
  `(["']?(?:${secretParameterNames.join('|')})["']?\\s*[=:]\\s*["']?)([^"'&\\s,}]+)`,
  'gi',
)

export interface RecordedRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function replaceAllLiteral(text: string, search: string): string {
  return text.replace(new RegExp(escapeRegExp(search), 'g'), redactedMarker)
}

/**
 * Replaces a known token (plain, URL-encoded and JSON-escaped forms), `Bearer …` values, secret
 * parameters and anything that looks like a Meta token, even when the token is not known.
 */
export function redactToken(text: string, token?: string): string {
  let result = text
  if (token && token.length > 0) {
    const forms = new Set([token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1)])
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      result = replaceAllLiteral(result, form)
    }
  }
  result = result.replace(bearerPattern, (_match, scheme: string) => `${scheme} ${redactedMarker}`)
  result = result.replace(parameterPattern, (match, prefix: string, value: string) =>
    value === redactedMarker ? match : `${prefix}${redactedMarker}`,
  )
  return result.replace(metaTokenPattern, redactedMarker)
}

function redactUrl(url: string, token?: string): string {
  try {
    const parsed = new URL(url)
    let changed = false
    for (const name of secretParameterNames) {
      if (parsed.searchParams.has(name)) {
        parsed.searchParams.set(name, redactedMarker)
        changed = true
      }
    }
    const text = changed ? parsed.toString().replaceAll('%3CREDACTED%3E', redactedMarker) : url
    return redactToken(text, token)
  } catch {
    return redactToken(url, token)
  }
}

function redactHeaderValue(name: string, value: string, token?: string): string {
  if (name.toLowerCase() === 'authorization' || name.toLowerCase() === 'proxy-authorization') {
    const scheme = value.trim().split(/\s+/)[0] ?? ''
    return /^(bearer|oauth|basic)$/i.test(scheme) ? `${scheme} ${redactedMarker}` : redactedMarker
  }
  return redactToken(value, token)
}

/** A copy of the request safe to show, store or export: no token in URL, headers or body. */
export function redactRequest(request: RecordedRequest, token?: string): RecordedRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = redactHeaderValue(name, value, token)
  }
  const redacted: RecordedRequest = {
    method: request.method,
    url: redactUrl(request.url, token),
    headers,
  }
  if (request.body !== undefined) redacted.body = redactToken(request.body, token)
  return redacted
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

export interface CurlOptions {
  /** Shown instead of the token, e.g. `$CAPI_TOKEN` (then the header is double-quoted). */
  tokenPlaceholder?: string
}

/** "Copy as cURL": the redacted request as one shell command. */
export function toCurl(
  request: RecordedRequest,
  options: CurlOptions = {},
  token?: string,
): string {
  const safe = redactRequest(request, token)
  const placeholder = options.tokenPlaceholder ?? redactedMarker
  const parts = ['curl', '-X', safe.method.toUpperCase(), shellQuote(safe.url)]
  for (const [name, value] of Object.entries(safe.headers)) {
    if (name.toLowerCase() === 'content-length' || name.toLowerCase() === 'host') continue
    const shown = value.replace(redactedMarker, placeholder)
    const header = `${name}: ${shown}`
    parts.push(
      '-H',
      placeholder.startsWith('$') && shown !== value ? `"${header}"` : shellQuote(header),
    )
  }
  if (safe.body !== undefined && safe.body.length > 0)
    parts.push('--data-raw', shellQuote(safe.body))
  return parts.join(' ')
}
