import { ruleTable } from './ruleTable'
import type { Problem, ProblemSeverity, RequestContext, RuleId } from './ruleTypes'

/** What the validator and the sandbox both look at: all of RequestContext is optional but the clock. */
export type CheckContext = Partial<RequestContext> & { nowSeconds: number }

/** `sandbox`: only what Meta enforces, rule applicability as in §14 item 5. `validator`: everything. */
export type CheckMode = 'sandbox' | 'validator'

/** One thing a check found; a rule failure when `rule` is set and `enforced` is true. */
export interface Finding {
  code: string
  rule?: RuleId
  variant?: string
  path: string
  message: string
  fix: string
  /** Severity shown by the validator. */
  severity: ProblemSeverity
  /** True when Meta (and therefore the sandbox) rejects the request for it. */
  enforced: boolean
}

/** A rule failure; severity `error` unless the validator should show it milder. */
export function ruleFinding(
  rule: RuleId,
  variant: string,
  path: string,
  message: string,
  fix: string,
  severity: ProblemSeverity = 'error',
): Finding {
  if (ruleTable[rule].variants[variant] === undefined) {
    throw new Error(`rule table has no variant ${rule}.${variant}`)
  }
  return { code: `${rule}.${variant}`, rule, variant, path, message, fix, severity, enforced: true }
}

/** A validator-only finding (spec §14 advisories, or a rule check the sandbox does not apply). */
export function advisory(
  code: string,
  path: string,
  message: string,
  fix: string,
  severity: ProblemSeverity = 'warning',
): Finding {
  return { code, path, message, fix, severity, enforced: false }
}

export function toProblem(finding: Finding): Problem {
  return {
    path: finding.path,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    fix: finding.fix,
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Present = not undefined/null and not a blank string. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false
  return typeof value !== 'string' || value.trim() !== ''
}

export const sha256HexPattern = /^[0-9a-f]{64}$/
export const looksHashedPattern = /^[0-9a-fA-F]{64}$/
