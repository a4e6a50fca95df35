import { readFile } from 'node:fs/promises'
import { parse as parseLossless, stringify } from 'lossless-json'
import { parseArgs } from 'node:util'
import { migrateDraft } from '../../shared/capi/model/migrateDraft'
import { restrictedAssetWarnings } from '../../shared/capi/regions/restrictedAssetWarnings'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import { prepareRawBody } from '../../shared/capi/request/prepareRawBody'
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

async function readJsonFile(path: string): Promise<{ text: string; value: unknown }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(`cannot read ${path}${code ? ` (${code})` : ''}.`)
  }
  try {
    return { text, value: JSON.parse(text) as unknown }
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
  const prepared = prepareRawBody(file.text)
  if (!prepared.ok) throw new UsageError(prepared.message)
  const notes = prepared.removed.map(
    (key) => `removed ${key} from the body: the token comes from --token-env only.`,
  )
  // Sent byte for byte (big integers untouched); only a test event code given here re-serializes,
  // and lossless-json keeps every number's digits then.
  let text = prepared.text
  let body = prepared.value
  if (testEventCode !== undefined) {
    const lossless = parseLossless(text) as Record<string, unknown>
    lossless.test_event_code = testEventCode
    text = stringify(lossless) ?? text
    body = { ...body, test_event_code: testEventCode }
  }
  const problems = validateRequestBody(body, {
    nowSeconds: Math.floor(now.getTime() / 1000),
    version: target.version,
    datasetId: target.datasetId,
    token: 'valid',
    lenient: false,
  })
  problems.push(...restrictedAssetWarnings(body, target.assets))
  return { body: text, problems, notes }
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
        ? prepareRaw(await readJsonFile(rawPath), target, testEventCode, sentAt)
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
