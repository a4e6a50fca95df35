/**
 * The one redaction used by everything that logs, records or exports a request (history, inspector,
 * "Copy as cURL", CLI output). Tokens are replaced by `<REDACTED>`; nothing here throws.
 */
export const redactedMarker = '<REDACTED>'

/** Parameters that carry a secret wherever they appear (query string, form body, JSON body). */
export const secretParameterNames = ['access_token', 'input_token', 'appsecret_proof'] as const

/** Anything shaped like a Meta access token (user, page, system-user tokens start with EAA). */
const metaTokenPattern = /EAA[A-Za-z0-9]{20,}/g

/** `Bearer <token>` / `OAuth <token>` with a token-like value (16+ characters), so that prose such
 * as Meta's "Invalid OAuth access token" stays readable. */
const bearerPattern = /\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=-]{16,}/gi

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

/** Cheap probe before the Bearer/OAuth regex (plain `includes` beats a case-insensitive regex). */
const authSchemeParts = ['earer', 'EARER', 'auth', 'Auth', 'AUTH']
function mentionsAuthScheme(text: string): boolean {
  return authSchemeParts.some((part) => text.includes(part))
}

/** Cheap probe before the parameter regex: Graph parameter names are lowercase (or shouted). */
function mentionsSecretParameter(text: string): boolean {
  return secretParameterNames.some(
    (name) => text.includes(name) || text.includes(name.toUpperCase()),
  )
}

function replaceAllLiteral(text: string, search: string): string {
  return text.includes(search) ? text.split(search).join(redactedMarker) : text
}

/** The forms a known token takes in text: plain, URL-encoded, JSON-escaped (longest first). */
let memo: { token: string; forms: string[] } | undefined

function tokenForms(token?: string): string[] {
  if (!token) return []
  if (memo?.token === token) return memo.forms
  const jsonEscaped = JSON.stringify(token).slice(1, -1)
  const unique = new Set([
    token,
    encodeURIComponent(token),
    jsonEscaped,
    // `\/` is a legal JSON escape that JSON.stringify never writes but an echoing server may.
    jsonEscaped.replaceAll('/', '\\/'),
  ])
  const forms = [...unique].sort((a, b) => b.length - a.length)
  memo = { token, forms }
  return forms
}

/** Each pattern runs only when a cheap probe finds its keyword (this is on every send's path). */
function redactWithForms(text: string, forms: readonly string[]): string {
  let result = text
  for (const form of forms) result = replaceAllLiteral(result, form)
  if (mentionsAuthScheme(result)) {
    result = result.replace(
      bearerPattern,
      (_match, scheme: string) => `${scheme} ${redactedMarker}`,
    )
  }
  if (mentionsSecretParameter(result)) {
    result = result.replace(parameterPattern, (match, prefix: string, value: string) =>
      value === redactedMarker ? match : `${prefix}${redactedMarker}`,
    )
  }
  return result.includes('EAA') ? result.replace(metaTokenPattern, redactedMarker) : result
}

/**
 * Replaces a known token (plain, URL-encoded and JSON-escaped forms), `Bearer …` values, secret
 * parameters and anything that looks like a Meta token, even when the token is not known.
 */
export function redactToken(text: string, token?: string): string {
  return redactWithForms(text, tokenForms(token))
}

/** JSON string literals; those holding a backslash escape are decoded before redaction. */
const stringLiteral = /"(?:[^"\\\n]|\\.)*"/g

/**
 * Raw answer text as an endpoint sent it. A server may echo the token with JSON escapes
 * (`\u0045AA…`, `\/`) that no literal search finds: every string literal holding an escape is
 * decoded, redacted as a value and written back re-encoded when it held a secret; then the text
 * gets the ordinary pass. Non-JSON text (an HTML error page) gets the same treatment.
 */
export function redactRawText(text: string, token?: string): string {
  const forms = tokenForms(token)
  const decodedPass = text.includes('\\')
    ? text.replace(stringLiteral, (literal) => {
        if (!literal.includes('\\')) return literal
        let decoded: unknown
        try {
          decoded = JSON.parse(literal)
        } catch {
          return literal
        }
        if (typeof decoded !== 'string') return literal
        const safe = redactWithForms(decoded, forms)
        return safe === decoded ? literal : JSON.stringify(safe)
      })
    : text
  return redactWithForms(decodedPass, forms)
}

/**
 * A parsed value (a response body, an explanation) with every string redacted, keys included, and
 * the value of any secret-named key (`access_token`, …) replaced: the decoded form of a token is
 * caught even when the raw text hid it behind escapes. Returns a copy; never throws.
 */
export function redactDeep<T>(value: T, token?: string): T {
  return redactValue(value, tokenForms(token), 0) as T
}

function redactValue(value: unknown, forms: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redactWithForms(value, forms)
  if (typeof value !== 'object' || value === null) return value
  if (depth > 256) return redactedMarker
  if (Array.isArray(value)) return value.map((item) => redactValue(item, forms, depth + 1))
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const safeKey = redactWithForms(key, forms)
    copy[safeKey] =
      (secretParameterNames as readonly string[]).includes(key.toLowerCase()) &&
      typeof item === 'string'
        ? redactedMarker
        : redactValue(item, forms, depth + 1)
  }
  return copy
}

function redactUrl(url: string, forms: readonly string[]): string {
  if (!url.includes('?')) return redactWithForms(url, forms)
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
    return redactWithForms(text, forms)
  } catch {
    return redactWithForms(url, forms)
  }
}

function redactHeaderValue(name: string, value: string, forms: readonly string[]): string {
  if (name.toLowerCase() === 'authorization' || name.toLowerCase() === 'proxy-authorization') {
    const scheme = value.trim().split(/\s+/)[0] ?? ''
    return /^(bearer|oauth|basic)$/i.test(scheme) ? `${scheme} ${redactedMarker}` : redactedMarker
  }
  return redactWithForms(value, forms)
}

/** A copy of the request safe to show, store or export: no token in URL, headers or body. */
export function redactRequest(request: RecordedRequest, token?: string): RecordedRequest {
  const forms = tokenForms(token)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = redactHeaderValue(name, value, forms)
  }
  const redacted: RecordedRequest = {
    method: request.method,
    url: redactUrl(request.url, forms),
    headers,
  }
  if (request.body !== undefined) redacted.body = redactWithForms(request.body, forms)
  return redacted
}

/** `-u user:password`, `--user …`, `--oauth2-bearer …` in a pasted cURL command. */
const curlCredentialPattern =
  /(\s(?:-u|--user|--oauth2-bearer|--proxy-user)(?:=|\s+))('[^']*'|"[^"]*"|\S+)/g

/**
 * Pasted text (a payload, a cURL command) with every credential replaced by `<REDACTED>`: what the
 * Import tab's text box shows once the text was read, so a pasted token does not stay on screen
 * (or in a restored tab). Secret parameters at any depth of JSON, Bearer/OAuth values, Meta-shaped
 * tokens and cURL's user options; the rest of the text is left as pasted.
 */
export function withoutCredentials(text: string): string {
  return redactRawText(text).replace(curlCredentialPattern, `$1${redactedMarker}`)
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
