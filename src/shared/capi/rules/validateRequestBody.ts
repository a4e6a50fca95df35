import { type CheckContext, toProblem } from './finding'
import { checkRequest } from './ruleEngine'
import type { Problem } from './ruleTypes'

/**
 * Every rule failure and advisory for a Meta request body, with severities (the pre-send validator,
 * `capi send --raw`, imports). Context is optional except the clock: R1/R2 are checked only for the
 * parts given (token, version, datasetId), R18 only with `lookupAsset`.
 */
export function validateRequestBody(body: unknown, ctx: CheckContext): Problem[] {
  return [...checkRequest(body, ctx, 'validator')].map(toProblem)
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error')
}
