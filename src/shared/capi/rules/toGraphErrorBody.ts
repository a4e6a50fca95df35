import type { GraphErrorBody, RuleFailure } from './ruleTypes'

/**
 * Meta's error shape for a rule failure (spec §14 template). Validation errors (code 100 except
 * subcode 33) read "Invalid parameter" with the English title and message as `error_user_*`;
 * token errors (104, 190) and the unknown-dataset error (100/33) carry their own message only,
 * as in the §13 examples. Where Meta's subcode is unknown, `error_subcode` is omitted.
 */
export function toGraphErrorBody(failure: RuleFailure, fbtraceId: string): GraphErrorBody {
  const subcode = failure.subcode === undefined ? {} : { error_subcode: failure.subcode }
  if (failure.code !== 100 || failure.subcode === 33) {
    return {
      error: {
        message: failure.message,
        type: failure.type,
        code: failure.code,
        ...subcode,
        fbtrace_id: fbtraceId,
      },
    }
  }
  return {
    error: {
      message: 'Invalid parameter',
      type: failure.type,
      code: failure.code,
      ...subcode,
      is_transient: false,
      error_user_title: failure.title,
      error_user_msg: failure.message,
      fbtrace_id: fbtraceId,
    },
  }
}
