import { z } from 'zod'

export interface Bounds {
  /** Roughly the JSON size: string lengths, key lengths and 8 per other value. */
  maxBytes: number
  /** Strings, numbers, objects and arrays, each counted once. */
  maxValues?: number
  maxDepth?: number
}

/**
 * Why `value` is over `bounds`, or undefined. Walks with a budget and stops at the first excess, so
 * a huge or deeply nested input costs no more than the cap to refuse.
 */
export function exceedsBounds(value: unknown, bounds: Bounds): string | undefined {
  const maxValues = bounds.maxValues ?? Math.max(1000, Math.floor(bounds.maxBytes / 16))
  const maxDepth = bounds.maxDepth ?? 32
  let bytes = 0
  let values = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    values++
    if (values > maxValues) return `holds more than ${maxValues} values`
    if (depth > maxDepth) return `is nested more than ${maxDepth} levels deep`
    if (typeof current === 'string') bytes += current.length + 2
    else if (Array.isArray(current)) {
      bytes += 2
      for (const item of current) stack.push([item, depth + 1])
    } else if (typeof current === 'object' && current !== null) {
      bytes += 2
      for (const [key, item] of Object.entries(current)) {
        bytes += key.length + 3
        stack.push([item, depth + 1])
      }
    } else bytes += 8
    if (bytes > bounds.maxBytes) return `is larger than ${formatBytes(bounds.maxBytes)}`
  }
  return undefined
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`
}

/** `schema` with a size cap: an input over it is refused with `<label> is larger than …`. */
export function bounded<T extends z.ZodType>(schema: T, label: string, bounds: Bounds): T {
  return schema.superRefine((value, context) => {
    const problem = exceedsBounds(value, bounds)
    if (problem) context.addIssue({ code: 'custom', message: `${label} ${problem}.` })
  }) as unknown as T
}

/** Free-form `{{contact.x}}` / `{{workflow.x}}` values: at most 64 KB, 1,000 values, 8 deep. */
export function variableValues(label: string) {
  return bounded(z.record(z.string().max(200), z.unknown()), label, {
    maxBytes: 64 * 1024,
    maxValues: 1000,
    maxDepth: 8,
  })
}
