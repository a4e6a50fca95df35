import { redactToken } from '../../shared/redact'
import { shellWords } from './shellWords'

export interface ParsedCurl {
  url?: string
  method?: string
  headers: { name: string; value: string }[]
  /** `-d`/`--data…` parts joined with `&`, as curl sends them. */
  data?: string
  /** `-F name=value` fields. */
  form: { name: string; value: string }[]
  /** What was left out because it carries a secret: named, never with its value. */
  dropped: string[]
  /** Parts that could not be used (a file reference, an unknown option). */
  notes: string[]
}

const secretNames = new Set(['access_token', 'input_token', 'appsecret_proof'])
const dataOptions = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
])
const formOptions = new Set(['-F', '--form', '--form-string'])
/** Options whose value is a credential: dropped and named like `-u`. */
const credentialOptions = new Set(['--oauth2-bearer', '--proxy-user', '-U', '--aws-sigv4'])
/** Options that take a value we do not use; listed so their value is not taken for the URL. */
const ignoredWithValue = new Set([
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-o',
  '--output',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-x',
  '--proxy',
  '-w',
  '--write-out',
  '--retry',
  '--cacert',
  '--cert',
  '-E',
  '--key',
  '--resolve',
  '--limit-rate',
  '-r',
  '--range',
  '-T',
  '--upload-file',
  '-K',
  '--config',
  '--interface',
  '--retry-delay',
  '--retry-max-time',
])
const shortWithValue = new Set([
  'X',
  'H',
  'd',
  'F',
  'u',
  'A',
  'e',
  'b',
  'c',
  'o',
  'm',
  'x',
  'w',
  'E',
  'r',
  'T',
  'K',
])

/**
 * Reads a pasted cURL command (a customer's, from their logs or Meta's docs): URL, method,
 * headers, `-d`/`--data*` and `-F` fields. The Authorization header, `-u` credentials and
 * `access_token` / `appsecret_proof` wherever they appear are dropped and only named in `dropped`.
 */
export function parseCurl(command: string): ParsedCurl {
  const words = expandShortOptions(shellWords(command.trim()))
  if (words[0] === 'curl' || words[0] === 'curl.exe') words.shift()
  const result: ParsedCurl = { headers: [], form: [], dropped: [], notes: [] }
  const dataParts: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const next = () => {
      const value = words[++index]
      if (value === undefined) throw new Error(`${word} needs a value`)
      return value
    }
    if (word === '-X' || word === '--request') result.method = next().toUpperCase()
    else if (word === '--url') result.url = next()
    else if (word === '-H' || word === '--header') addHeader(result, next())
    else if (word === '-u' || word === '--user') {
      next()
      result.dropped.push('-u credentials')
    } else if (credentialOptions.has(word)) {
      next()
      result.dropped.push(`${word} credentials`)
    } else if (dataOptions.has(word)) {
      const value = next()
      if (value.startsWith('@') && word !== '--data-raw') {
        result.notes.push(
          `${word} ${value} reads a file that was not pasted; paste the file's content instead`,
        )
      } else dataParts.push(word === '--data-urlencode' ? urlEncodeField(value) : value)
    } else if (formOptions.has(word)) {
      const value = next()
      const equals = value.indexOf('=')
      const name = equals === -1 ? value : value.slice(0, equals)
      const fieldValue = equals === -1 ? '' : value.slice(equals + 1)
      if (secretNames.has(name)) result.dropped.push(`form field ${name}`)
      else if (word !== '--form-string' && /^[@<]/.test(fieldValue)) {
        result.notes.push(`-F ${name}=${fieldValue} reads a file that was not pasted`)
      } else result.form.push({ name, value: fieldValue })
    } else if (ignoredWithValue.has(word)) next()
    else if (word.startsWith('-')) {
      if (
        !/^(-[sSvikLfGI#]|--(silent|show-error|verbose|insecure|location|compressed|fail|include|get|globoff|http1\.1|http2|no-buffer))$/.test(
          word,
        )
      ) {
        result.notes.push(`option ${word} was ignored`)
      }
    } else if (result.url === undefined && looksLikeUrl(word)) result.url = word
    else {
      // An unknown option's value lands here and may be a secret: redacted before it is quoted.
      result.notes.push(
        `extra argument ${JSON.stringify(redactToken(word).slice(0, 40))} was ignored`,
      )
    }
  }
  if (dataParts.length > 0) result.data = dropSecretFields(dataParts.join('&'), result)
  if (result.url !== undefined) result.url = dropSecretParameters(result.url, result)
  return result
}

/** A scheme, or a host with a dot or a port (curl accepts `graph.facebook.com/...`); an unknown
 * option's value (a token, a number) is not taken for the URL. */
function looksLikeUrl(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(word) || /^[^\s/]+[.:][^\s]*$/.test(word)
}

/** `-XPOST` → `-X POST`, `-sSH 'a: b'` → `-s -S -H 'a: b'`. */
function expandShortOptions(words: string[]): string[] {
  const expanded: string[] = []
  for (const word of words) {
    if (!/^-[A-Za-z#]/.test(word) || word.length <= 2) {
      expanded.push(word)
      continue
    }
    for (let index = 1; index < word.length; index++) {
      const letter = word[index]!
      expanded.push(`-${letter}`)
      if (shortWithValue.has(letter)) {
        if (index + 1 < word.length) expanded.push(word.slice(index + 1))
        break
      }
    }
  }
  return expanded
}

function addHeader(result: ParsedCurl, header: string): void {
  const colon = header.indexOf(':')
  const name = (colon === -1 ? header : header.slice(0, colon)).trim()
  const value = colon === -1 ? '' : header.slice(colon + 1).trim()
  if (/^(proxy-)?authorization$/i.test(name)) result.dropped.push(`${name} header`)
  else if (name !== '') result.headers.push({ name, value })
}

function urlEncodeField(value: string): string {
  const equals = value.indexOf('=')
  if (equals === -1) return encodeURIComponent(value)
  return `${value.slice(0, equals)}=${encodeURIComponent(value.slice(equals + 1))}`
}

function dropSecretFields(data: string, result: ParsedCurl): string {
  if (/^\s*[[{]/.test(data)) return data
  const kept = data.split('&').filter((part) => {
    const name = decodeURIComponent(part.split('=')[0] ?? '')
    if (!secretNames.has(name)) return true
    result.dropped.push(`${name} in the data`)
    return false
  })
  return kept.join('&')
}

function dropSecretParameters(url: string, result: ParsedCurl): string {
  const question = url.indexOf('?')
  if (question === -1) return url
  const kept = url
    .slice(question + 1)
    .split('&')
    .filter((part) => {
      const name = decodeURIComponent(part.split('=')[0] ?? '')
      if (!secretNames.has(name)) return true
      result.dropped.push(`${name} in the URL`)
      return false
    })
  return kept.length === 0 ? url.slice(0, question) : `${url.slice(0, question)}?${kept.join('&')}`
}
