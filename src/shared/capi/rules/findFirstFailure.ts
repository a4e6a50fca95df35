import { checkRequest } from './ruleEngine'
import { ruleTable } from './ruleTable'
import type { RequestContext, RuleFailure } from './ruleTypes'

/**
 * The sandbox's answer: R1..R18 in order, the first failure wins (as Meta answers one error).
 * Checks backed by Meta's docs or live answers always apply; assumption checks (`strictOnly`
 * variants) only when `ctx.strict` is set, and then answer with evidence `assumption`.
 */
export function findFirstFailure(body: unknown, ctx: RequestContext): RuleFailure | null {
  for (const finding of checkRequest(body, ctx, 'sandbox')) {
    if (!finding.enforced || finding.rule === undefined || finding.variant === undefined) continue
    const variant = ruleTable[finding.rule].variants[finding.variant]!
    if (variant.strictOnly === true && ctx.strict !== true) continue
    const failure: RuleFailure = {
      rule: finding.rule,
      httpStatus: variant.httpStatus,
      code: variant.code,
      type: variant.type,
      title: variant.title,
      message: finding.answer ?? finding.message,
      path: finding.path,
      evidence: variant.evidence,
    }
    if (variant.subcode !== undefined) failure.subcode = variant.subcode
    return failure
  }
  return null
}
