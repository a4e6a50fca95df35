import { channelIdBodyKeys, channelIdKeys } from '../model/channels'
import type { EventDraft } from '../model/eventDraft'
import {
  customerFieldLabels,
  customerFields,
  customerValueFlags,
  hashCustomerValue,
} from '../normalize'
import { regionWarnings } from '../regions/regionWarnings'
import type { Problem } from '../rules/ruleTypes'
import { validateRequestBody } from '../rules/validateRequestBody'
import { resolveText, type VariableSource } from '../variables/resolveVariables'
import { buildCustomData, type CustomDataIssue } from './buildCustomData'
import { toDraftPath } from './draftPaths'
import type { BuildContext, ConnectionTarget, EventRequest, HashedValue } from './requestTypes'

const variableFixes: Record<string, string> = {
  no_sample: 'Choose a sample contact in the composer (or pass --contact).',
  unknown: 'Check the spelling, or add the key to the sample contact.',
  empty: 'Fill this field in the sample contact, or type a value.',
  not_text: 'Point the variable at a single value.',
  unknown_namespace: 'Use {{contact.<field>}} or {{workflow.<name>}}.',
  malformed: 'Write variables as {{contact.first_name}}.',
}

export function requestUrl(connection: ConnectionTarget): string {
  const base = connection.endpoint.trim().replace(/\/+$/, '')
  const dataset =
    connection.datasetId.trim() === ''
      ? '{dataset_id}'
      : encodeURIComponent(connection.datasetId.trim())
  return `${base}/${encodeURIComponent(connection.apiVersion.trim())}/${dataset}/events`
}

/**
 * The exact request the Workbench sends for a draft: URL (never a token), Meta's JSON body, the
 * hashed customer values for the preview, and every problem on the draft path it concerns.
 * A customer value that is rejected, or whose variables do not resolve, is left out of the body.
 */
export function buildEventRequest(
  draft: EventDraft,
  connection: ConnectionTarget,
  context: BuildContext,
): EventRequest {
  const source: VariableSource = {}
  if (context.contact !== undefined) source.contact = context.contact
  if (context.workflow !== undefined) source.workflow = context.workflow
  const problems: Problem[] = []
  const variableErrorPaths = new Set<string>()

  const resolveRaw = (
    raw: string,
    path: string,
  ): { value: string; variables: string[] } | undefined => {
    const resolved = resolveText(raw, source)
    for (const error of resolved.errors) {
      variableErrorPaths.add(path)
      problems.push({
        path,
        severity: 'error',
        code: `variables.${error.reason}`,
        message: error.message,
        fix: variableFixes[error.reason]!,
        ...(error.reason === 'unknown' || error.reason === 'empty' || error.reason === 'no_sample'
          ? { variable: error.variable }
          : {}),
      })
    }
    return resolved.errors.length > 0
      ? undefined
      : { value: resolved.value, variables: resolved.variables }
  }
  const resolve = (raw: string, path: string): string | undefined =>
    resolveRaw(raw, path)?.value.trim()

  const userData: Record<string, unknown> = {}
  for (const key of channelIdKeys(draft.channel)) {
    const raw = draft.ids[key]
    if (raw === undefined) continue
    const value = resolve(raw, `ids.${key}`)
    if (value !== undefined && value !== '') userData[channelIdBodyKeys[key]] = value
  }

  const hashed: HashedValue[] = []
  const customerIndex: Record<string, number[]> = {}
  for (const field of customerFields) {
    const sent: string[] = []
    const indices: number[] = []
    ;(draft.customer[field] ?? []).forEach((raw, index) => {
      const path = `customer.${field}.${index}`
      if (raw.trim() === '') return
      const resolved = resolveRaw(raw, path)
      if (resolved === undefined) return
      const result = hashCustomerValue(field, resolved.value, context.sha256)
      if (!result.ok) {
        problems.push({
          path,
          severity: 'error',
          code: 'customer.rejected',
          message: `${customerFieldLabels[field]} "${resolved.value}" is rejected: ${result.reason}. It is left out of the request.`,
          fix: `Correct the ${customerFieldLabels[field].toLowerCase()} or remove it.`,
        })
        return
      }
      for (const flag of customerValueFlags(field, resolved.value, context.now)) {
        problems.push({
          path,
          severity: 'warning',
          code: `customer.${flag.code}`,
          message: flag.message,
          fix: 'Correct the value at its source; the hash is computed exactly as Meta’s SDK would, flag or not.',
        })
      }
      const entry: HashedValue = {
        path,
        field,
        raw,
        resolved: resolved.value,
        normalized: result.normalized,
        hash: result.hash,
      }
      if (resolved.variables.length > 0) entry.variable = resolved.variables.join(', ')
      if (result.alreadyHashed !== undefined) entry.alreadyHashed = result.alreadyHashed
      hashed.push(entry)
      sent.push(result.hash)
      indices.push(index)
    })
    if (sent.length > 0) {
      userData[field] = sent
      customerIndex[field] = indices
    }
  }

  const issues: CustomDataIssue[] = []
  const customData = buildCustomData(draft.customData, resolve, issues)
  for (const issue of issues)
    problems.push({ ...issue, severity: 'error', code: 'customData.not_a_number' })

  const event: Record<string, unknown> = {
    event_name: draft.eventName.trim(),
    event_time:
      draft.eventTime.mode === 'now'
        ? Math.floor(context.now.getTime() / 1000)
        : draft.eventTime.unixSeconds,
  }
  const eventId = draft.eventId === undefined ? undefined : resolve(draft.eventId, 'eventId')
  if (eventId !== undefined && eventId !== '') event['event_id'] = eventId
  event['action_source'] = 'business_messaging'
  event['messaging_channel'] = draft.channel
  event['user_data'] = userData
  if (Object.keys(customData).length > 0) event['custom_data'] = customData
  if (draft.optOut === true) event['opt_out'] = true

  const body: EventRequest['body'] = { data: [event] }
  const testEventCode =
    draft.testEventCode === undefined ? undefined : resolve(draft.testEventCode, 'testEventCode')
  if (testEventCode !== undefined && testEventCode !== '') body.test_event_code = testEventCode
  const partnerAgent =
    draft.partnerAgent === undefined ? undefined : resolve(draft.partnerAgent, 'partnerAgent')
  if (partnerAgent !== undefined && partnerAgent !== '') body.partner_agent = partnerAgent

  const datasetId = connection.datasetId.trim()
  if (datasetId === '') {
    problems.push({
      path: 'connection.datasetId',
      severity: 'warning',
      code: 'connection.no_dataset',
      message: 'No dataset chosen: the URL shows {dataset_id} and the dataset was not checked.',
      fix: 'Choose a connection with a dataset (or pass --dataset).',
    })
  }
  const ruleProblems = validateRequestBody(body, {
    nowSeconds: Math.floor(context.now.getTime() / 1000),
    version: connection.apiVersion.trim(),
    ...(datasetId === '' ? {} : { datasetId }),
  })
  for (const problem of ruleProblems) {
    const path = toDraftPath(problem.path, customerIndex)
    // A value whose variables failed is left out: do not also report it as missing.
    if (variableErrorPaths.has(path)) continue
    problems.push({ ...problem, path })
  }
  problems.push(...regionWarnings(draft, connection, source))
  return { url: requestUrl(connection), body, problems, hashed }
}
