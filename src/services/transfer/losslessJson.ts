import {
  isInteger,
  isLosslessNumber,
  isSafeNumber,
  LosslessNumber,
  parse,
  stringify,
} from 'lossless-json'

/**
 * JSON for customers' payloads, where Page, WABA and Instagram IDs may be written as integers of
 * 16–17 digits (spec §4): above 2^53 − 1 `JSON.parse` silently changes their last digits. These
 * helpers never let such a number pass through a float.
 */

/**
 * Parses like `JSON.parse` (same syntax errors: it runs first), except that an integer above
 * 2^53 − 1 becomes a lossless-json `LosslessNumber` holding the digits exactly as written.
 */
export function parseJsonKeepingDigits(text: string): unknown {
  JSON.parse(text)
  return parse(text, null, (digits) =>
    isInteger(digits) && !isSafeNumber(digits) ? new LosslessNumber(digits) : parseFloat(digits),
  )
}

/** JSON text of a value that may hold LosslessNumbers: their digits are written as they were read. */
export function stringifyKeepingDigits(value: unknown, indent?: number): string {
  return stringify(value, null, indent) ?? ''
}

/** Pretty-prints JSON text with every number written exactly as in the source. */
export function reformatJsonText(text: string, indent = 2): string {
  JSON.parse(text)
  return stringify(parse(text), null, indent) ?? text
}

/**
 * A copy where each LosslessNumber becomes its digits as a string (what a draft holds for an ID),
 * with the paths of those numbers, e.g. `data.0.user_data.ig_account_id`.
 */
export function bigIntegersToText(value: unknown, path = ''): { value: unknown; paths: string[] } {
  if (isLosslessNumber(value)) return { value: value.value, paths: [path] }
  if (Array.isArray(value)) {
    const paths: string[] = []
    const items = value.map((item, index) => {
      const converted = bigIntegersToText(item, path === '' ? `${index}` : `${path}.${index}`)
      paths.push(...converted.paths)
      return converted.value
    })
    return { value: items, paths }
  }
  if (typeof value === 'object' && value !== null) {
    const paths: string[] = []
    const entries = Object.entries(value).map(([key, item]) => {
      const converted = bigIntegersToText(item, path === '' ? key : `${path}.${key}`)
      paths.push(...converted.paths)
      return [key, converted.value] as const
    })
    return { value: Object.fromEntries(entries), paths }
  }
  return { value, paths: [] }
}
