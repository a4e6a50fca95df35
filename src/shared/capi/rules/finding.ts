import { type Evidence, assumption } from '../evidence/evidence'
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
  /** Severity shown by the validator (an `assumption` finding is shown as a warning at most). */
  severity: ProblemSeverity
  /** True when the sandbox rejects the request for it (strict-only variants: in strict mode). */
  enforced: boolean
  /** What backs the validator's finding; defaults to the variant's evidence. */
  evidence: Evidence
  /** The sandbox's `error_user_msg` when it differs from the validator's message (R9). */
  answer?: string
}

export interface RuleFindingOptions {
  severity?: ProblemSeverity
  /** Evidence of the validator's finding when it differs from the sandbox answer's (R14, R17). */
  evidence?: Evidence
  answer?: string
}

/** A rule failure; severity `error` unless the validator should show it milder. */
export function ruleFinding(
  rule: RuleId,
  variant: string,
  path: string,
  message: string,
  fix: string,
  options: RuleFindingOptions | ProblemSeverity = {},
): Finding {
  const definition = ruleTable[rule].variants[variant]
  if (definition === undefined) throw new Error(`rule table has no variant ${rule}.${variant}`)
  const opts = typeof options === 'string' ? { severity: options } : options
  return {
    code: `${rule}.${variant}`,
    rule,
    variant,
    path,
    message,
    fix,
    severity: opts.severity ?? 'error',
    enforced: true,
    evidence: opts.evidence ?? definition.evidence,
    ...(opts.answer === undefined ? {} : { answer: opts.answer }),
  }
}

/** A validator-only finding (spec §14 advisories, or a rule check the sandbox does not apply). */
export function advisory(
  code: string,
  path: string,
  message: string,
  fix: string,
  severity: ProblemSeverity = 'warning',
  evidence: Evidence = assumption(),
): Finding {
  return { code, path, message, fix, severity, enforced: false, evidence }
}

/** The validator's view: an assumption is a warning marked "assumption", never an error. */
export function toProblem(finding: Finding): Problem {
  const severity =
    finding.evidence.level === 'assumption' && finding.severity === 'error'
      ? 'warning'
      : finding.severity
  return {
    path: finding.path,
    severity,
    code: finding.code,
    message: finding.message,
    fix: finding.fix,
    evidence: finding.evidence,
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
