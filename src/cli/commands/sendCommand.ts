import {
  parseJsonKeepingDigits,
  stringifyKeepingDigits,
} from '../../services/transfer/losslessJson'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { migrateDraft } from '../../shared/capi/model/migrateDraft'
import { assumption, observed } from '../../shared/capi/evidence/evidence'
import { findRestrictedCountry } from '../../shared/capi/regions/restrictedCountries'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import { hasErrors, validateRequestBody } from '../../shared/capi/rules'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import type { SendResult } from '../../shared/capi/sendResult'
import { redactToken } from '../../shared/redact'
import { GraphClient, type SendEventsInput } from '../../services/graph/graphClient'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { formatProblems, formatSendResult } from './formatSendResult'
import {
  defaultTokenEnv,
  metaEndpoint,
  resolveSendTarget,
  type SendTarget,
  type SendTargetDependencies,
} from './sendTarget'

export interface EventsClient {
  sendEvents(input: SendEventsInput): Promise<SendResult>
  close(): Promise<void>
}

export interface SendCommandDependencies extends SendTargetDependencies {
  createClient?: (options: { totalMs: number; env: NodeJS.ProcessEnv }) => EventsClient
  now?: () => Date
}

const help = `Usage: capi send <draft.json> [options]
       capi send --raw <body.json> [options]

Sends one Conversions API request and prints the status, the timing, the response and what it
means. The send is not recorded in the history (capi history lists the Workbench's sends).

Input:
  <draft.json>            a Workbench draft (what a preset file holds under "draft"); customer data
                          is normalized and hashed here; {{variables}} are refused (no sample contact)
  --raw <body.json>       a Meta request body as in a customer's logs ({"data":[...]}), sent unchanged
                          after validation (an access_token or appsecret_proof in it is removed)
Target:
  --endpoint URL          base URL (default ${metaEndpoint}; the sandbox: http://127.0.0.1:PORT)
  --dataset ID            the dataset (pixel) ID
  --api-version vNN.N     Graph API version (default v26.0)
  --token-env VAR         read the access token from this environment variable (default ${defaultTokenEnv});
                          a token is never taken as an argument
  --connection NAME       a stored connection (endpoint, dataset, version and token from the keychain)
Request:
  --test-event-code CODE  send as a test event (Events Manager → Test events)
  --header 'NAME: VALUE'  an extra request header (repeatable), e.g. 'x-sandbox-fault: timeout'
  --timeout-ms N          total timeout, 1500–60000 (default 10000)
  --force                 send even when the validator finds errors
Output:
  --json                  print {"sent", "problems", "result"} as JSON

Exit codes: 0 Meta accepted every event, 1 Meta or the network said no (or took fewer events),
2 invalid input (nothing is sent unless --force).`

const options = {
  raw: { type: 'string' },
  endpoint: { type: 'string' },
  dataset: { type: 'string' },
  'api-version': { type: 'string' },
  'token-env': { type: 'string' },
  connection: { type: 'string' },
  'test-event-code': { type: 'string' },
  header: { type: 'string', multiple: true },
  'timeout-ms': { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
} as const

function parse(args: string[]) {
  if (args.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
    throw new UsageError(
      '--token is not accepted: a token in an argument ends up in shell history and process lists. Use --token-env VAR.',
    )
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 10_000
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1500 || value > 60_000) {
    throw new UsageError('--timeout-ms must be a whole number from 1500 to 60000.')
  }
  return value
}

function parseHeaders(values: string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const value of values ?? []) {
    const colon = value.indexOf(':')
    const name = colon > 0 ? value.slice(0, colon).trim().toLowerCase() : ''
    if (!/^[a-z0-9-]+$/.test(name)) throw new UsageError(`--header "${value}" is not NAME: VALUE.`)
    if (name === 'authorization') {
      throw new UsageError(
        '--header authorization is not accepted; the token comes from --token-env.',
      )
    }
    headers[name] = value.slice(colon + 1).trim()
  }
  return headers
}

async function readJsonFile(
  path: string,
  keepDigits = false,
): Promise<{ text: string; value: unknown }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(`cannot read ${path}${code ? ` (${code})` : ''}.`)
  }
  try {
    // A raw body is sent as written; if it must change, IDs above 2^53 − 1 keep their digits.
    return {
      text,
      value: keepDigits ? parseJsonKeepingDigits(text) : (JSON.parse(text) as unknown),
    }
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
}

interface PreparedRequest {
  body: unknown
  problems: Problem[]
  notes: string[]
}

function prepareRaw(
  file: { text: string; value: unknown },
  target: SendTarget,
  testEventCode: string | undefined,
  now: Date,
): PreparedRequest {
  const value = file.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('the raw body must be a JSON object like {"data": [ ... ]}.')
  }
  const body = { ...(value as Record<string, unknown>) }
  const notes: string[] = []
  for (const secret of ['access_token', 'appsecret_proof']) {
    if (secret in body) {
      delete body[secret]
      notes.push(`removed ${secret} from the body: the token comes from --token-env only.`)
    }
  }
  if (testEventCode !== undefined) body.test_event_code = testEventCode
  const changed = notes.length > 0 || testEventCode !== undefined
  const problems = validateRequestBody(body, {
    nowSeconds: Math.floor(now.getTime() / 1000),
    version: target.version,
    datasetId: target.datasetId,
    token: 'valid',
  })
  problems.push(...restrictedAssetWarnings(body, target.assets))
  return { body: changed ? stringifyKeepingDigits(body) : file.text, problems, notes }
}

const assetKeys = [
  ['whatsapp_business_account_id', 'whatsapp', 'WhatsApp Business account'],
  ['page_id', 'page', 'Facebook Page'],
  ['ig_account_id', 'instagram', 'Instagram account'],
  ['instagram_business_account_id', 'instagram', 'Instagram account'],
] as const

/**
 * A raw body sent through a stored connection: the composer's warning for an asset of the
 * connection registered in a restricted region (the body itself carries no country).
 */
function restrictedAssetWarnings(body: Record<string, unknown>, assets: SendTarget['assets']) {
  const problems: Problem[] = []
  if (!assets || !Array.isArray(body.data)) return problems
  body.data.forEach((event: unknown, index) => {
    const userData = (event as { user_data?: unknown } | null)?.user_data
    if (typeof userData !== 'object' || userData === null) return
    for (const [key, kind, label] of assetKeys) {
      const id = (userData as Record<string, unknown>)[key]
      const asset = assets.find((candidate) => candidate.kind === kind && candidate.id === id)
      const country = findRestrictedCountry(asset?.country)
      if (asset === undefined || country === undefined) continue
      if (kind === 'whatsapp') {
        // Spec §11 (revision 2): a WABA's region is a note; no source says its events are blocked.
        problems.push({
          path: `data.${index}.user_data.${key}`,
          severity: 'info',
          code: 'region.waba_note',
          message: `WABA registered in ${country.name} (${country.code}): a note only; no source says Meta blocks CAPI events for a WABA there.`,
          fix: '',
          evidence: assumption(
            'Meta only withholds the WhatsApp Automatic Events API in the EU, UK and Japan',
          ),
        })
        continue
      }
      problems.push({
        path: `data.${index}.user_data.${key}`,
        severity: 'warning',
        code: 'region.restricted_asset',
        message: `The ${label} ${asset.id} is registered in ${country.name} (${country.code}), a restricted region: Meta may reject the event with "Messaging Event Within Messaging Restrictive Region".`,
        fix: 'Nothing in the payload can fix this. Send a test event first; if Meta refuses, the event cannot be reported for this asset.',
        evidence: observed(
          undefined,
          undefined,
          "reported by respond.io's help page; Meta's Europe/Japan page",
        ),
      })
    }
  })
  return problems
}

function prepareDraft(
  file: { value: unknown },
  target: SendTarget,
  testEventCode: string | undefined,
  now: Date,
): PreparedRequest {
  const migrated = migrateDraft(file.value)
  if (!migrated.ok)
    throw new UsageError(`the draft is not valid:\n  ${migrated.errors.join('\n  ')}`)
  const draft = testEventCode === undefined ? migrated.draft : { ...migrated.draft, testEventCode }
  const built = buildEventRequest(
    draft,
    {
      datasetId: target.datasetId,
      apiVersion: target.version,
      endpoint: target.baseUrl,
      assets: target.assets,
    },
    { now, sha256: nodeSha256 },
  )
  return { body: built.body, problems: built.problems, notes: [] }
}

export function createSendCommand(deps: SendCommandDependencies = {}): CliCommand {
  const createClient =
    deps.createClient ??
    ((settings) => new GraphClient({ timeouts: { totalMs: settings.totalMs }, env: settings.env }))
  const now = deps.now ?? (() => new Date())

  async function run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parse(args)
    const rawPath = values.raw
    const oneInput = rawPath !== undefined ? positionals.length === 0 : positionals.length === 1
    if (!oneInput) {
      throw new UsageError('give one draft file, or --raw with a body file.')
    }
    const totalMs = parseTimeout(values['timeout-ms'])
    const headers = parseHeaders(values.header)
    const testEventCode = values['test-event-code']
    const target = await resolveSendTarget(
      {
        connection: values.connection,
        endpoint: values.endpoint,
        dataset: values.dataset,
        apiVersion: values['api-version'],
        tokenEnv: values['token-env'],
      },
      io,
      deps,
    )
    const say = (stream: NodeJS.WritableStream, text: string) =>
      writeLine(stream as CliIo['stdout'], redactToken(text, target.token))
    const sentAt = now()
    const prepared =
      rawPath !== undefined
        ? prepareRaw(await readJsonFile(rawPath, true), target, testEventCode, sentAt)
        : prepareDraft(await readJsonFile(positionals[0]!), target, testEventCode, sentAt)
    for (const note of prepared.notes) say(io.stderr, `note: ${note}`)
    const blocked = hasErrors(prepared.problems) && values.force !== true
    if (blocked) {
      if (values.json)
        say(io.stdout, JSON.stringify({ sent: false, problems: prepared.problems }, null, 2))
      else say(io.stderr, formatProblems(prepared.problems))
      say(io.stderr, 'Nothing was sent: fix the errors above, or add --force to send anyway.')
      return exitCode.usage
    }
    if (!values.json && prepared.problems.length > 0)
      say(io.stderr, formatProblems(prepared.problems))

    const client = createClient({ totalMs, env: io.env })
    const cancel = new AbortController()
    void io.stopSignal.then(() => cancel.abort())
    let result: SendResult
    try {
      result = await client.sendEvents({
        baseUrl: target.baseUrl,
        version: target.version,
        datasetId: target.datasetId,
        token: target.token,
        body: prepared.body,
        headers,
        signal: cancel.signal,
      })
    } finally {
      await client.close()
    }
    if (values.json) {
      say(io.stdout, JSON.stringify({ sent: true, problems: prepared.problems, result }, null, 2))
    } else {
      say(io.stdout, `target: ${target.label}`)
      say(io.stdout, formatSendResult(result))
    }
    return result.outcome === 'accepted' ? exitCode.ok : exitCode.failed
  }

  return {
    name: 'send',
    summary: 'Send a draft or a raw Meta body and explain the answer.',
    help,
    run,
  }
}

export const sendCommand = createSendCommand()
