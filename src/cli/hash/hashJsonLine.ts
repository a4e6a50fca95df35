import {
  type CustomerField,
  hashCustomerValue,
  isCustomerField,
  type Sha256,
} from '../../shared/capi/normalize'

/** Characters that make a JSON string need escaping (and so the fast path step aside). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const needsEscaping = /["\\\u0000-\u001f]/

const linePrefix = '{"field":"'
const valueKey = '","value":"'

function hashedLine(field: CustomerField, value: string, sha256: Sha256): string {
  const result = hashCustomerValue(field, value, sha256)
  return result.ok
    ? JSON.stringify({ field, value, normalized: result.normalized, hash: result.hash })
    : JSON.stringify({ field, value, error: result.reason })
}

/**
 * The common line `{"field":"em","value":"..."}` with nothing to unescape: echoed without
 * JSON.parse or JSON.stringify (the output is byte-identical to what they would give, because
 * neither the value nor its lowercased, trimmed form contains anything JSON escapes).
 */
function fastLine(line: string, sha256: Sha256): string | undefined {
  if (!line.startsWith(linePrefix)) return undefined
  const fieldEnd = line.indexOf('"', linePrefix.length)
  if (fieldEnd < 0 || !line.startsWith(valueKey, fieldEnd)) return undefined
  let end = line.length
  if (line.charCodeAt(end - 1) === 0x0d) end--
  const valueStart = fieldEnd + valueKey.length
  if (
    end - 2 < valueStart ||
    line.charCodeAt(end - 1) !== 0x7d ||
    line.charCodeAt(end - 2) !== 0x22
  )
    return undefined
  const field = line.slice(linePrefix.length, fieldEnd)
  const value = line.slice(valueStart, end - 2)
  if (needsEscaping.test(value) || needsEscaping.test(field)) return undefined
  const echo = line.slice(0, end - 1)
  if (!isCustomerField(field)) return echo + ',"error":"unknown field"}'
  const result = hashCustomerValue(field as CustomerField, value, sha256)
  return result.ok
    ? echo + ',"normalized":"' + result.normalized + '","hash":"' + result.hash + '"}'
    : echo + ',"error":"' + result.reason + '"}'
}

/**
 * One output line (without newline) for one input line of `capi hash`
 * (capi-normalization.md §6): `{field, value, normalized, hash}` or `{field, value, error}`.
 * A line that is not a JSON object gets `field` and `value` null.
 */
export function hashJsonLine(line: string, sha256: Sha256): string {
  const fast = fastLine(line, sha256)
  if (fast !== undefined) return fast
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return '{"field":null,"value":null,"error":"line is not valid JSON"}'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return '{"field":null,"value":null,"error":"line is not a JSON object"}'
  }
  const record = parsed as { field?: unknown; value?: unknown }
  const field = record.field === undefined ? null : record.field
  const value = record.value === undefined ? null : record.value
  if (typeof field !== 'string' || !isCustomerField(field)) {
    return JSON.stringify({ field, value, error: 'unknown field' })
  }
  if (typeof value !== 'string') {
    return JSON.stringify({ field, value, error: 'value must be a string' })
  }
  return hashedLine(field, value, sha256)
}

/** Output strings are encoded in pieces of about this many characters (long ropes are slow). */
const segmentLength = 16_384

/**
 * UTF-8 output for a block of complete input lines separated by `\n` (a final line without `\n`
 * counts as a line; an empty block has none). Every output line ends with `\n`.
 */
export function hashJsonLines(text: string, sha256: Sha256): Buffer {
  const segments: Buffer[] = []
  let segment = ''
  let start = 0
  const length = text.length
  while (start < length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = length
    segment += hashJsonLine(text.slice(start, end), sha256) + '\n'
    if (segment.length > segmentLength) {
      segments.push(Buffer.from(segment))
      segment = ''
    }
    start = end + 1
  }
  if (segment.length > 0) segments.push(Buffer.from(segment))
  return segments.length === 1 ? segments[0]! : Buffer.concat(segments)
}
