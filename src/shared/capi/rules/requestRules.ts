import { assumption, metaDocs } from '../evidence/evidence'
import { isValidApiVersion } from '../versions/graphVersions'
import { versionAdvice } from '../versions/versionAdvice'
import {
  advisory,
  type CheckContext,
  type CheckMode,
  type Finding,
  isPresent,
  isRecord,
  ruleFinding,
} from './finding'

export const maxEventsPerRequest = 1000
export const datasetIdPattern = /^\d{10,20}$/
export const testEventCodePattern = /^TEST\d+$/

/** R1 and R2: what the URL and token say, before the body is read. */
export function checkTokenAndPath(ctx: CheckContext): Finding[] {
  const findings: Finding[] = []
  if (ctx.token === 'missing') {
    findings.push(
      ruleFinding(
        'R1',
        'missing_token',
        'access_token',
        'An access token is required to request this resource.',
        'Send the token in the Authorization header (Bearer).',
      ),
    )
  } else if (ctx.token === 'unknown') {
    findings.push(
      ruleFinding(
        'R1',
        'invalid_token',
        'access_token',
        'Invalid OAuth access token - Cannot parse access token',
        'Use a valid token for this connection (system user or Embedded Signup business token).',
      ),
    )
  }
  if (findings.length > 0) return findings
  if (ctx.version !== undefined && !isValidApiVersion(ctx.version)) {
    findings.push(
      ruleFinding(
        'R2',
        'invalid_version',
        'version',
        `"${ctx.version}" is not a valid API version.`,
        'Write the version as v<major>.<minor>, for example v26.0.',
      ),
    )
  }
  if (ctx.datasetId !== undefined) {
    const malformed = !datasetIdPattern.test(ctx.datasetId)
    if (malformed || ctx.datasetAccessible === false) {
      findings.push(
        ruleFinding(
          'R2',
          'unknown_dataset',
          'dataset_id',
          `Unsupported post request. Object with ID '${ctx.datasetId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
          malformed
            ? 'A dataset ID is 10 to 20 digits: copy it from Events Manager → Data sources.'
            : 'Check the dataset ID, and assign the dataset to the system user, or use a token of its owner.',
        ),
      )
    }
  }
  return findings
}

/** R3: the events, or the finding that stops every later check. */
export function readEvents(
  body: unknown,
): { events: Record<string, unknown>[] } | { finding: Finding } {
  const fail = (path: string, message: string): { finding: Finding } => ({
    finding: ruleFinding(
      'R3',
      'invalid_data',
      path,
      message,
      'Send `data` as a JSON array of 1 to 1,000 event objects.',
    ),
  })
  if (!isRecord(body)) return fail('', 'The request body is not a JSON object.')
  let data = body['data']
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      return fail('data', 'The `data` form field is not valid JSON.')
    }
  }
  if (data === undefined) return fail('data', 'The request has no `data` parameter.')
  if (!Array.isArray(data)) return fail('data', '`data` is not an array of events.')
  if (data.length === 0) return fail('data', '`data` is empty: send at least one event.')
  if (data.length > maxEventsPerRequest) {
    return fail(
      'data',
      `\`data\` holds ${data.length} events; the limit is ${maxEventsPerRequest} per request.`,
    )
  }
  const notObject = data.findIndex((event) => !isRecord(event))
  if (notObject >= 0) return fail(`data.${notObject}`, `Event ${notObject} is not a JSON object.`)
  return { events: data as Record<string, unknown>[] }
}

/** R4 and the request-level advisories (test code shape, partner_agent, version expiry). */
export function checkRequestLevel(
  body: Record<string, unknown>,
  ctx: CheckContext,
  mode: CheckMode,
): Finding[] {
  const findings: Finding[] = []
  const code = body['test_event_code']
  if (code !== undefined) {
    if (typeof code !== 'string' || code.trim() === '' || /\s/.test(code)) {
      findings.push(
        ruleFinding(
          'R4',
          'invalid_test_code',
          'test_event_code',
          'The test event code must be a non-empty text without spaces.',
          'Copy the code from Events Manager → your dataset → Test events, or leave it out.',
        ),
      )
    } else if (mode === 'validator' && !testEventCodePattern.test(code)) {
      findings.push(
        advisory(
          'R4.unusual_test_code',
          'test_event_code',
          `"${code}" does not look like a Test events code (TEST followed by digits).`,
          'Copy the code from Events Manager → Test events; a wrong code sends a normal event.',
          'warning',
          assumption('codes seen so far are TEST followed by digits'),
        ),
      )
    }
  }
  if (mode === 'validator' && isPresent(body['partner_agent'])) {
    findings.push(
      advisory(
        'advice.partner_agent',
        'partner_agent',
        'partner_agent is set: Meta attributes these events to that platform.',
        'Leave it empty unless you are reproducing a customer payload exactly.',
        'info',
        metaDocs(),
      ),
    )
  }
  if (mode === 'validator' && ctx.version !== undefined && isValidApiVersion(ctx.version)) {
    const advice = versionAdvice(ctx.version, new Date(ctx.nowSeconds * 1000))
    if (advice !== undefined) {
      findings.push(
        advisory(
          `advice.version_${advice.kind}`,
          'version',
          advice.message,
          advice.fix,
          advice.severity,
          metaDocs('Graph API version dates'),
        ),
      )
    }
  }
  return findings
}
