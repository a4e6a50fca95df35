import type { Retryable } from './graphErrorExplanation'

export type RetrySituation =
  'not_sent' | 'outcome_unknown' | 'throttled' | 'policy_block' | 'fix_first' | 'unknown'

export interface RetryRule {
  situation: RetrySituation
  /** When it applies, in the words of spec §10. */
  when: string
  retryable: Retryable
  /**
   * Spec §10 allows one automatic retry when nothing was sent. The Graph client never retries on
   * its own (issue 5: a testing tool shows the raw answer); callers may use this figure.
   */
  automaticRetries: number
  /** Wait this long before a manual resend (seconds); several values = back-off steps. */
  waitSeconds: number[]
  advice: string
}

/** Spec §10 retry policy as data. */
export const retryPolicy: Readonly<Record<RetrySituation, RetryRule>> = {
  not_sent: {
    situation: 'not_sent',
    when: 'nothing sent (DNS failure, connection refused)',
    retryable: 'manual',
    automaticRetries: 1,
    waitSeconds: [1],
    advice:
      'Nothing reached Meta, so resending cannot double-count. Fix the network problem, then resend.',
  },
  outcome_unknown: {
    situation: 'outcome_unknown',
    when: 'timeout or reset after sending, HTTP 5xx, code 1 or 2, is_transient: true',
    retryable: 'manual',
    automaticRetries: 0,
    waitSeconds: [1, 2, 4],
    advice:
      'Outcome unknown or temporary: Meta may have counted the events. Meta does not deduplicate messaging events and test events count, so a resend can double a conversion. Resend by hand only after checking Events Manager; wait 1, 2, then 4 seconds between tries.',
  },
  throttled: {
    situation: 'throttled',
    when: 'throttling: codes 4, 17, 32, 341, 613, 80000–80014',
    retryable: 'wait',
    automaticRetries: 0,
    waitSeconds: [60],
    advice: 'Throttled: wait at least 60 seconds and watch the usage headers, then resend by hand.',
  },
  policy_block: {
    situation: 'policy_block',
    when: 'code 368',
    retryable: 'wait',
    automaticRetries: 0,
    waitSeconds: [300],
    advice:
      "Meta says wait and retry: resend by hand only after several minutes; if it persists, check the account's status.",
  },
  fix_first: {
    situation: 'fix_first',
    when: 'codes 100 (any), 102, 104, 190, 3, 10, 200–299',
    retryable: 'never',
    automaticRetries: 0,
    waitSeconds: [],
    advice:
      'Do not resend as is: Meta will give the same answer. Fix the payload, token or permissions first.',
  },
  unknown: {
    situation: 'unknown',
    when: 'an answer this catalog does not know',
    retryable: 'unknown',
    automaticRetries: 0,
    waitSeconds: [],
    advice:
      'Unknown whether a resend helps. Read the raw answer; if you resend, remember Meta does not deduplicate messaging events.',
  },
}

const fixFirstCodes = new Set([100, 102, 104, 190, 3, 10, 2635])

/** The throttling family of §10: 4, 17, 32, 341, 613 and the Business Use Case codes. */
export function isThrottlingCode(code: number): boolean {
  return [4, 17, 32, 341, 613].includes(code) || (code >= 80000 && code <= 80014)
}

/** The retry situation of a Graph error (`is_transient: true` wins over the code, except for
 * throttling and 368, whose own advice is more specific). */
export function retrySituationForGraphError(
  code: number | undefined,
  httpStatus: number,
  isTransient?: boolean,
): RetrySituation {
  // Throttling is more specific than is_transient (Meta marks throttling errors transient too).
  if (code !== undefined && isThrottlingCode(code)) return 'throttled'
  if (code === 368) return 'policy_block'
  if (isTransient === true) return 'outcome_unknown'
  if (code === undefined) return httpStatus >= 500 ? 'outcome_unknown' : 'unknown'
  if (code === 1 || code === 2) return 'outcome_unknown'
  if (fixFirstCodes.has(code) || (code >= 200 && code <= 299)) return 'fix_first'
  return httpStatus >= 500 ? 'outcome_unknown' : 'unknown'
}
