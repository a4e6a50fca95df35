/**
 * Nested contact values ⇄ the flat rows an editor or a CSV header shows: `{address: {city: 'Berlin'}}`
 * is the row `address.city = Berlin`, as `{{contact.address.city}}` reads it.
 */
export interface FieldRow {
  key: string
  value: string
}

const keyPattern = /^[\w-]+(\.[\w-]+)*$/
const forbidden = new Set(['__proto__', 'prototype', 'constructor'])

/** Why `key` cannot name a value (`{{contact.<key>}}` must be able to reach it), or undefined. */
export function fieldKeyProblem(key: string): string | undefined {
  if (key.trim() === '') return 'a key is empty'
  if (!keyPattern.test(key))
    return `"${key}" is not a key: use letters, digits, _ and -, with "." between nested names`
  if (key.split('.').some((part) => forbidden.has(part))) return `"${key}" is a reserved name`
  return undefined
}

/** Every leaf as a row, nested keys joined with "."; numbers and booleans as text, lists as JSON. */
export function flattenFields(values: Record<string, unknown>): FieldRow[] {
  const rows: FieldRow[] = []
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const entries = Object.entries(value)
      if (entries.length === 0 && prefix !== '') rows.push({ key: prefix, value: '' })
      for (const [key, inner] of entries) walk(prefix === '' ? key : `${prefix}.${key}`, inner)
      return
    }
    rows.push({
      key: prefix,
      value:
        typeof value === 'string' ? value : value === null ? '' : (JSON.stringify(value) ?? ''),
    })
  }
  walk('', values)
  return rows
}

export interface UnflattenResult {
  values: Record<string, unknown>
  /** `row 3: "address" is both a value and a group (address.city)`; rows count from 1. */
  problems: { row: number; message: string }[]
}

/** Rows back into nested values. Empty keys are skipped; a bad or clashing key is a problem. */
export function unflattenFields(rows: FieldRow[]): UnflattenResult {
  const values: Record<string, unknown> = {}
  const problems: UnflattenResult['problems'] = []
  const seen = new Map<string, number>()
  rows.forEach(({ key: rawKey, value }, index) => {
    const row = index + 1
    const key = rawKey.trim()
    if (key === '' && value === '') return
    const problem = fieldKeyProblem(key)
    if (problem) {
      problems.push({ row, message: problem })
      return
    }
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      problems.push({ row, message: `"${key}" is given twice (rows ${earlier} and ${row})` })
      return
    }
    const parts = key.split('.')
    let target = values
    for (const [depth, part] of parts.entries()) {
      const last = depth === parts.length - 1
      const existing = target[part]
      if (last) {
        if (typeof existing === 'object' && existing !== null) {
          problems.push({ row, message: `"${key}" is both a value and a group of nested keys` })
          return
        }
        target[part] = value
        break
      }
      if (existing === undefined) target[part] = {}
      else if (typeof existing !== 'object' || existing === null) {
        const group = parts.slice(0, depth + 1).join('.')
        problems.push({ row, message: `"${group}" is both a value and a group of nested keys` })
        return
      }
      target = target[part] as Record<string, unknown>
    }
    seen.set(key, row)
  })
  return { values, problems }
}
