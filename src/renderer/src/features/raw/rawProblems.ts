import { bodyRegionWarnings } from '../../../../shared/capi/regions/regionWarnings'
import { prepareRawBody } from '../../../../shared/capi/request/prepareRawBody'
import { validateRequestBody } from '../../../../shared/capi/rules/validateRequestBody'
import type { Problem } from '../../../../shared/capi/rules/ruleTypes'
import {
  connectionTarget,
  type ConnectionView,
} from '../../../../shared/connections/connectionSchema'
import { jsonLocations, lineColumn, locatePath } from '../../../../shared/json/jsonLocations'

/** A problem of the raw body with where it is in the text (0-based offsets, 1-based line/column). */
export interface RawProblem extends Problem {
  from: number
  to: number
  line: number
  column: number
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const

/**
 * What main will say about this body before sending it (the same prepareRawBody and validator as
 * `events.sendRaw`), placed on the text: a JSON syntax error at its character, a validator problem
 * on the value it names (or the object that lacks it). Sorted by position.
 */
export function rawProblems(
  text: string,
  connection: ConnectionView | undefined,
  now: Date = new Date(),
): RawProblem[] {
  const prepared = prepareRawBody(text)
  if (!prepared.ok) {
    const to = Math.min(prepared.offset + 1, text.length)
    return [
      {
        path: '',
        severity: 'error',
        code: prepared.code === 'invalid_json' ? 'json.syntax' : 'json.not_object',
        message: prepared.message,
        fix:
          prepared.code === 'invalid_json'
            ? 'Correct the JSON at this position (Format needs valid JSON).'
            : 'Wrap the events as {"data": [ ... ]}.',
        from: prepared.offset,
        to,
        ...lineColumn(text, prepared.offset),
      },
    ]
  }
  const target = connection ? connectionTarget(connection) : undefined
  const problems: Problem[] = validateRequestBody(prepared.value, {
    nowSeconds: Math.floor(now.getTime() / 1000),
    ...(target ? { version: target.apiVersion, datasetId: target.datasetId } : {}),
    token: 'valid',
  })
  problems.push(...bodyRegionWarnings(prepared.value, { assets: target?.assets ?? [] }))
  // Offsets are in the text as typed; the removed members are reported on themselves.
  const spans = jsonLocations(text)
  for (const key of prepared.removed) {
    problems.push({
      path: key,
      severity: 'info',
      code: 'raw.secret_removed',
      message: `${key} is removed before sending: the token comes from the connection (the keychain) only.`,
      fix: 'Delete it from the body, or leave it: it is never sent.',
    })
  }
  return problems
    .map((problem) => {
      const span = locatePath(spans, problem.path) ?? { from: 0, to: 0 }
      const from = span.keyFrom ?? span.from
      return { ...problem, from, to: span.to, ...lineColumn(text, from) }
    })
    .sort((a, b) => a.from - b.from || severityOrder[a.severity] - severityOrder[b.severity])
}

/** The next problem after the cursor, wrapping around (F8). */
export function nextProblem(problems: RawProblem[], after: number): RawProblem | undefined {
  return problems.find((problem) => problem.from > after) ?? problems[0]
}
