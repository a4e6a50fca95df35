/** Where a value sits in JSON text: its key (for object members) and the value's own range. */
export interface JsonSpan {
  /** Offset of the member's key (its opening quote); absent for array elements and the root. */
  keyFrom?: number
  from: number
  to: number
}

const whitespace = new Set([' ', '\t', '\n', '\r'])

/**
 * The span of every value in valid JSON text, keyed by its dotted path (`data.0.user_data.em`, the
 * validator's path format; the root is `''`). The text must already have parsed: this scanner
 * only measures, it does not check. Used to put validator problems on lines and columns and to
 * cut a member out of a raw body without touching a byte around it.
 */
export function jsonLocations(text: string): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>()
  let pos = 0

  function skip(): void {
    while (pos < text.length && whitespace.has(text[pos] ?? '')) pos++
  }

  function readString(): string {
    const start = pos
    pos++ // opening quote
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1
    pos++ // closing quote
    try {
      return JSON.parse(text.slice(start, pos)) as string
    } catch {
      return text.slice(start + 1, pos - 1)
    }
  }

  function value(path: string, keyFrom?: number): void {
    skip()
    const from = pos
    const char = text[pos]
    if (char === '{') {
      pos++
      skip()
      while (pos < text.length && text[pos] !== '}') {
        const memberKeyFrom = pos
        const key = readString()
        skip()
        pos++ // colon
        value(path === '' ? key : `${path}.${key}`, memberKeyFrom)
        skip()
        if (text[pos] === ',') pos++
        skip()
      }
      pos++
    } else if (char === '[') {
      pos++
      skip()
      let index = 0
      while (pos < text.length && text[pos] !== ']') {
        value(path === '' ? String(index) : `${path}.${index}`)
        index++
        skip()
        if (text[pos] === ',') pos++
        skip()
      }
      pos++
    } else if (char === '"') {
      readString()
    } else {
      while (pos < text.length && !/[\s,}\]]/.test(text[pos] ?? '')) pos++
    }
    spans.set(path, keyFrom === undefined ? { from, to: pos } : { keyFrom, from, to: pos })
  }

  value('')
  return spans
}

/**
 * The span for a validator path, or the nearest ancestor that exists (a missing field is reported
 * on the object that should hold it).
 */
export function locatePath(spans: Map<string, JsonSpan>, path: string): JsonSpan | undefined {
  const parts = path.split('.').filter((part) => part !== '')
  for (let length = parts.length; length >= 0; length--) {
    const span = spans.get(parts.slice(0, length).join('.'))
    if (span) return span
  }
  return undefined
}

/** Line and column (1-based) of an offset, as editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}
