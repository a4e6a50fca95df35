import { redactToken } from '../../shared/redact'
import type { CheckProblem } from '../../shared/connections/connectionCheckReport'
import { GraphCheckError } from './checkGraph'

/** Removes the token (plain, URL-encoded, JSON-escaped) from an error before it is shown anywhere. */
export function scrubToken(error: unknown, token: string): GraphCheckError {
  const failure =
    error instanceof GraphCheckError
      ? error
      : new GraphCheckError('network', error instanceof Error ? error.message : String(error))
  const message = redactToken(failure.message, token)
  return new GraphCheckError(failure.kind, message, failure.code, failure.subcode)
}

export function invalidTokenProblem(metaSaid?: string): CheckProblem {
  return {
    severity: 'error',
    code: 'token_invalid',
    message: `The token is not valid: it expired, was revoked, or belongs to another endpoint.${metaSaid ? ` Meta said: ${metaSaid}` : ''}`,
    fix: 'Generate a new token (Business Settings → System users → Generate token, or Events Manager → dataset → Settings → Conversions API) and set it again.',
  }
}

/** A Graph call that failed for a reason the check does not handle specially. */
export function describeGraphFailure(failure: GraphCheckError, action: string): CheckProblem {
  if (failure.kind === 'network') {
    return {
      severity: 'error',
      code: 'endpoint_unreachable',
      message: `Could not ${action}: ${failure.message}`,
      fix: 'Check the endpoint URL and your network (proxy, VPN); for the sandbox, check that it is running.',
    }
  }
  const code =
    failure.code === undefined
      ? ''
      : ` (code ${failure.code}${failure.subcode ? `/${failure.subcode}` : ''})`
  if (failure.code === 190) {
    return {
      ...invalidTokenProblem(),
      message: `Could not ${action}: the token was refused${code}.`,
    }
  }
  if (
    failure.code === 10 ||
    (failure.code !== undefined && failure.code >= 200 && failure.code < 300)
  ) {
    return {
      severity: 'error',
      code: 'permission_denied',
      message: `Could not ${action}: permission denied${code}. ${failure.message}`,
      fix: 'Give the token’s system user access to this asset and the permissions listed for its channel, then generate a new token.',
    }
  }
  return {
    severity: 'error',
    code: 'graph_error',
    message: `Could not ${action}: ${failure.message}${code}.`,
    fix: 'Read Meta’s message above; if it is temporary, check again in a minute.',
  }
}
