import { parseJsonKeepingDigits } from '../../services/transfer/losslessJson'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import { type CheckContext, validateRequestBody } from '../../shared/capi/rules'

/** One line of a JSON Lines file: a Meta request body, an event, or a data array. */
export interface JsonLineResult {
  line: number
  kind: 'body' | 'event' | 'data' | 'not_json' | 'not_a_body'
  problems: Problem[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * True when `text` is JSON Lines rather than one JSON document: it does not parse as a whole, but
 * its first non-empty line does (or the file is named *.jsonl / *.ndjson).
 */
export function looksLikeJsonLines(text: string, path: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(path)) return true
  try {
    JSON.parse(text)
    return false
  } catch {
    const first = text.split(/\r?\n/).find((line) => line.trim() !== '')
    if (first === undefined || first.trim() === text.trim()) return false
    try {
      JSON.parse(first)
      return true
    } catch {
      return false
    }
  }
}

/**
 * Validates each non-empty line on its own (customers' logs hold one request body or one event per
 * line). Problem paths stay body paths (`data.0.event_name`); the line number says where.
 */
export function validateJsonLines(text: string, ctx: CheckContext): JsonLineResult[] {
  const results: JsonLineResult[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = parseJsonKeepingDigits(raw)
    } catch {
      results.push({
        line,
        kind: 'not_json',
        problems: [
          {
            path: '',
            severity: 'error',
            code: 'jsonl.not_json',
            message: `Line ${line} is not valid JSON.`,
            fix: 'Each line must hold one complete JSON request body or event.',
          },
        ],
      })
      return
    }
    let body: unknown
    let kind: JsonLineResult['kind']
    if (Array.isArray(value)) {
      body = { data: value }
      kind = 'data'
    } else if (isRecord(value) && 'data' in value) {
      body = value
      kind = 'body'
    } else if (isRecord(value) && ('event_name' in value || 'user_data' in value)) {
      body = { data: [value] }
      kind = 'event'
    } else {
      results.push({
        line,
        kind: 'not_a_body',
        problems: [
          {
            path: '',
            severity: 'error',
            code: 'jsonl.not_a_body',
            message: `Line ${line} is neither a request body ({"data": [...]}) nor an event (no event_name).`,
            fix: 'Keep only request bodies or events in the file, one per line.',
          },
        ],
      })
      return
    }
    results.push({ line, kind, problems: validateRequestBody(body, ctx) })
  })
  return results
}
