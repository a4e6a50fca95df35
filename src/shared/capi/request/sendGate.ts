import type { AcceptedMatch } from '../../contract/historyChannels'
import { AppError } from '../../result'
import type { Problem } from '../rules/ruleTypes'

export interface SendGatePermissions {
  /** Send although the validator found errors (the CLI's --force). */
  force?: boolean
  /** A send without a test event code counts as real data: the person must say so. */
  confirmNoTestCode?: boolean
  /** Send although the same event was already accepted (the person saw the duplicate guard). */
  allowDuplicate?: boolean
}

/** Whether a Meta body carries a non-blank `test_event_code` (else it counts as real data). */
export function hasTestEventCode(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const code = (body as Record<string, unknown>).test_event_code
  return typeof code === 'string' && code.trim() !== ''
}

/**
 * The one gate before a send, for the app and `capi send` alike: refuses a request with errors,
 * a real (non-test) event without confirmation, and a real event the history shows as already
 * accepted. Returns the earlier attempts whose outcome is unknown, for the caller to mention.
 * Each refusal is an AppError with a stable code (`draft_has_errors`, `test_code_confirmation_needed`,
 * `duplicate_event`).
 */
export function sendGate(
  problems: readonly Problem[],
  body: unknown,
  duplicates: readonly AcceptedMatch[],
  permissions: SendGatePermissions,
): AcceptedMatch[] {
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0 && !permissions.force) {
    throw new AppError(
      'draft_has_errors',
      `The event has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before sending: ${errors[0]?.message ?? ''}`,
      errors.map((problem) => `${problem.path}: ${problem.message}`),
    )
  }
  if (hasTestEventCode(body)) return []
  if (!permissions.confirmNoTestCode) {
    throw new AppError(
      'test_code_confirmation_needed',
      'This event has no test event code, so Meta counts it as real data (it is used for ad measurement and cannot be removed). Add the code from Events Manager → Test events, or confirm to send it anyway.',
    )
  }
  const accepted = duplicates.filter((match) => match.outcome !== 'unknown')
  if (accepted.length > 0 && !permissions.allowDuplicate) {
    throw new AppError(
      'duplicate_event',
      accepted[0]!.message,
      accepted.slice(1).map((match) => match.message),
    )
  }
  return duplicates.filter((match) => match.outcome === 'unknown')
}
