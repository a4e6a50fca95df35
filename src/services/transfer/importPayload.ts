import { EventDraft } from '../../shared/capi/model/eventDraft'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import { validateRequestBody } from '../../shared/capi/rules/validateRequestBody'
import type { PayloadImport } from '../../shared/contract/transferChannels'
import { AppError } from '../../shared/result'
import { eventToDraft } from './eventToDraft'
import { parseCurl } from './parseCurl'
import { jsonSyntaxMessage } from './jsonSyntaxMessage'
import { bigIntegersToText, parseJsonKeepingDigits } from './losslessJson'

const secretKeys = ['access_token', 'appsecret_proof', 'input_token']
const endpointPattern = /^(https?:\/\/[^/]+)\/(v\d+\.\d+)\/([^/?#]+)\/events(?:[?#]|$)/

/**
 * A customer's payload → drafts: a Meta request body (`{ data: [...] }`, `data` may be a JSON
 * string as in form posts), just the `data` array, one event, or a cURL command. Tokens are
 * dropped and named; the validator's problems come back with the drafts.
 */
export function importPayload(text: string, nowSeconds: number): PayloadImport {
  const trimmed = text.trim()
  if (trimmed === '')
    throw new AppError('invalid_input', 'Paste a request body, its data array, or a cURL command.')
  const dropped: string[] = []
  const notes: string[] = []
  let source: PayloadImport['source']
  let body: Record<string, unknown>
  if (/^curl(\.exe)?\s/i.test(trimmed)) {
    let curl
    try {
      curl = parseCurl(trimmed)
    } catch (error) {
      throw new AppError(
        'invalid_input',
        `The cURL command could not be read: ${(error as Error).message}.`,
      )
    }
    dropped.push(...curl.dropped)
    notes.push(...curl.notes)
    const fields =
      curl.form.length > 0
        ? Object.fromEntries(curl.form.map((field) => [field.name, field.value]))
        : undefined
    body = fields ?? (curl.data === undefined ? {} : parseBodyText(curl.data))
    source = { kind: 'curl', ...endpointOf(curl.url) }
    if (curl.url === undefined) notes.push('The command has no URL; the draft keeps no endpoint.')
  } else {
    const parsed = parseJson(trimmed)
    if (Array.isArray(parsed)) {
      body = { data: parsed }
      source = { kind: 'data' }
    } else if (isRecord(parsed) && 'data' in parsed) {
      body = parsed
      source = { kind: 'body' }
    } else if (isRecord(parsed) && 'event_name' in parsed) {
      body = { data: [parsed] }
      source = { kind: 'event' }
    } else {
      throw new AppError(
        'invalid_input',
        'This JSON has no `data` array and is not an event (no event_name).',
      )
    }
  }
  if (typeof body.data === 'string')
    body = { ...body, data: parseJson(body.data, 'the data field') }
  dropped.push(...dropSecretsDeep(body, ''))
  if (!Array.isArray(body.data))
    throw new AppError('invalid_input', 'The payload has no `data` array of events.')
  if (body.data.length === 0) throw new AppError('invalid_input', 'The `data` array is empty.')

  const topLevel = {
    ...(typeof body.test_event_code === 'string' ? { testEventCode: body.test_event_code } : {}),
    ...(typeof body.partner_agent === 'string' ? { partnerAgent: body.partner_agent } : {}),
  }
  const validatorProblems = validateRequestBody(body, {
    nowSeconds,

    version: source.apiVersion ?? 'v26.0',
  })
  const flagged = new Set(validatorProblems.map((item) => item.path))
  const drafts: EventDraft[] = []
  const mappingProblems: Problem[] = []
  // Integers above 2^53 − 1 were read digit for digit (never through a float); drafts hold text.
  const exact = bigIntegersToText(body.data, 'data')
  for (const path of exact.paths) {
    notes.push(
      `${path} is an integer above 2^53 − 1: its digits were kept exactly as written, and the draft sends it as a string.`,
    )
  }
  ;(exact.value as unknown[]).forEach((event, index) => {
    const mapped = eventToDraft(event, `data.${index}`, topLevel)
    const parsed = EventDraft.safeParse(mapped.draft)
    if (!parsed.success) {
      throw new AppError(
        'invalid_input',
        `Event ${index} could not become a draft.`,
        parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      )
    }
    drafts.push(parsed.data)
    mappingProblems.push(...mapped.problems.filter((item) => !flagged.has(item.path)))
  })
  return { source, drafts, problems: [...validatorProblems, ...mappingProblems], dropped, notes }
}

/**
 * Removes `access_token`, `appsecret_proof` and `input_token` wherever they are (the body, an event,
 * its user_data or custom_data, any depth) and names each removal, never its value.
 */
export function dropSecretsDeep(value: unknown, path: string): string[] {
  const dropped: string[] = []
  if (Array.isArray(value)) {
    value.forEach((item, index) => dropped.push(...dropSecretsDeep(item, `${path}.${index}`)))
    return dropped
  }
  if (!isRecord(value)) return dropped
  for (const key of Object.keys(value)) {
    if (secretKeys.includes(key.toLowerCase())) {
      delete value[key]
      dropped.push(`${key} in ${path === '' ? 'the body' : path}`)
    } else if (typeof value[key] === 'object' && value[key] !== null) {
      dropped.push(...dropSecretsDeep(value[key], path === '' ? key : `${path}.${key}`))
    }
  }
  return dropped
}

function endpointOf(url: string | undefined): Omit<PayloadImport['source'], 'kind'> {
  const match = url ? endpointPattern.exec(url) : null
  if (!match) return {}
  return { endpoint: match[1]!, apiVersion: match[2]!, datasetId: decodeURIComponent(match[3]!) }
}

function parseBodyText(text: string): Record<string, unknown> {
  if (/^\s*[[{]/.test(text)) {
    const parsed = parseJson(text)
    return Array.isArray(parsed) ? { data: parsed } : isRecord(parsed) ? parsed : {}
  }
  return Object.fromEntries(new URLSearchParams(text))
}

function parseJson(text: string, what = 'the payload'): unknown {
  try {
    return parseJsonKeepingDigits(text)
  } catch (error) {
    throw new AppError('invalid_input', `${what} is not valid JSON: ${jsonSyntaxMessage(error)}`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
