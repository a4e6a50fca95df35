import { readFile } from 'node:fs/promises'
import { migrateDraft } from '../../shared/capi/model/migrateDraft'
import type { SendOutput } from '../../shared/contract/sendChannels'
import type { StoredPreset } from '../../shared/contract/presetsChannels'
import { redactToken } from '../../shared/redact'
import { AppError } from '../../shared/result'
import type { Services } from '../../services/createServices'
import type { PreparedSend } from '../../services/send/sendService'
import { parseCliArgs, refuseTokenArgument } from '../cliArgs'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { type CliServiceDependencies, withCliServices } from '../cliServices'
import { connectionSendTarget } from './connectionResolver'
import { findPreset } from './findPreset'
import { formatProblems, formatSendResult } from './formatSendResult'
import {
  defaultTokenEnv,
  metaEndpoint,
  resolveSendTarget,
  type SendTarget,
  type SendTargetDependencies,
} from './sendTarget'

export interface SendCommandDependencies extends SendTargetDependencies, CliServiceDependencies {}

const help = `Usage: capi send <draft.json> [options]
       capi send --raw <body.json> [options]
       capi send --preset <id or name> [options]

Sends one Conversions API request through the Workbench's send service and prints the status,
the timing, the response and what it means. Every send is recorded in the history (capi history
list), and a real event (no test event code) that the history shows as already accepted is refused.

Input:
  <draft.json>            a Workbench draft (what a preset file holds under "draft"); customer data
                          is normalized and hashed here; {{variables}} are refused (no sample contact)
  --raw <body.json>       a Meta request body as in a customer's logs ({"data":[...]}), sent unchanged
                          after validation (an access_token or appsecret_proof in it is removed)
  --preset ID|NAME        a saved preset (capi preset list): a draft preset sends its draft with its
                          sample contact; a raw preset sends its body exactly like --raw, with its
                          saved headers and timeout (options given here win). A workflow-step preset
                          is refused: run capi step simulate --preset ID (it says why a step would
                          send nothing). Without --connection / --endpoint, the preset's connection.
Target:
  --endpoint URL          base URL (default ${metaEndpoint}; the sandbox: http://127.0.0.1:PORT);
                          https, or plain http only to this machine
  --dataset ID            the dataset (pixel) ID
  --api-version vNN.N     Graph API version (default v26.0)
  --token-env VAR         read the access token from this environment variable (default ${defaultTokenEnv});
                          a token is never taken as an argument
  --connection NAME       a stored connection (endpoint, dataset, version and token from the keychain);
                          with --endpoint it needs --token-env (the keychain token stays with its endpoint)
Request:
  --test-event-code CODE  send as a test event (Events Manager → Test events)
  --header 'NAME: VALUE'  an extra request header (repeatable), e.g. 'x-sandbox-fault: timeout'
  --timeout-ms N          total timeout, 1500–60000 (default: the setting send.timeoutMs, 10000)
  --force                 send even when the validator finds errors
  --allow-duplicate       send a real event again although the history shows it already accepted
                          (Meta does not deduplicate business-messaging events: it counts twice)
Output:
  --json                  print {"sent", "problems", "result"} as JSON

Exit codes: 0 Meta accepted every event, 1 Meta or the network said no (or took fewer events),
2 invalid input or a refused duplicate (nothing is sent unless --force / --allow-duplicate).`

const options = {
  raw: { type: 'string' },
  preset: { type: 'string' },
  endpoint: { type: 'string' },
  dataset: { type: 'string' },
  'api-version': { type: 'string' },
  'token-env': { type: 'string' },
  connection: { type: 'string' },
  'test-event-code': { type: 'string' },
  header: { type: 'string', multiple: true },
  'timeout-ms': { type: 'string' },
  force: { type: 'boolean' },
  'allow-duplicate': { type: 'boolean' },
  json: { type: 'boolean' },
} as const

/** The --timeout-ms value; undefined leaves the send to the settings' `send.timeoutMs`. */
function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1500 || value > 60_000) {
    throw new UsageError('--timeout-ms must be a whole number from 1500 to 60000.')
  }
  return value
}

function parseHeaders(values: string[] | undefined): Record<string, string> | undefined {
  if (!values || values.length === 0) return undefined
  const headers: Record<string, string> = {}
  for (const value of values) {
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

/** What is sent: a draft file, a raw body file, or a saved preset. */
type SendSource =
  | { kind: 'file'; file: { text: string; value: unknown }; raw: boolean }
  | { kind: 'preset'; stored: StoredPreset }

function prepare(
  services: Services,
  source: SendSource,
  target: SendTarget,
  testEventCode: string | undefined,
): PreparedSend {
  const preset = source.kind === 'preset' ? source.stored.preset : undefined
  if (preset?.kind === 'raw' || (source.kind === 'file' && source.raw)) {
    const text =
      preset?.kind === 'raw' ? preset.body : source.kind === 'file' ? source.file.text : ''
    try {
      return services.send.prepareRaw({ text }, target, testEventCode)
    } catch (error) {
      if (error instanceof AppError) throw new UsageError(error.message)
      throw error
    }
  }
  if (preset?.kind === 'draft') {
    const draft = testEventCode === undefined ? preset.draft : { ...preset.draft, testEventCode }
    return services.send.prepareDraft(draft, target, preset.sampleContact ?? {})
  }
  if (source.kind !== 'file') throw new UsageError('this preset cannot be sent by capi send.')
  const migrated = migrateDraft(source.file.value)
  if (!migrated.ok)
    throw new UsageError(`the draft is not valid:\n  ${migrated.errors.join('\n  ')}`)
  const draft = testEventCode === undefined ? migrated.draft : { ...migrated.draft, testEventCode }
  return services.send.prepareDraft(draft, target)
}

/** `--preset` of a workflow step: the step decides whether anything is sent, so simulate it. */
function refuseStepPreset(stored: StoredPreset): never {
  throw new UsageError(
    `"${stored.id}" is a workflow-step preset: a step may send nothing, and capi step simulate says why. ` +
      `Run: capi step simulate --preset ${stored.id} [--send --test-event-code CODE]`,
  )
}

export function createSendCommand(deps: SendCommandDependencies = {}): CliCommand {
  async function run(args: string[], io: CliIo): Promise<number> {
    refuseTokenArgument(
      args,
      '--token is not accepted: a token in an argument ends up in shell history and process lists. Use --token-env VAR.',
    )
    const { values, positionals } = parseCliArgs(args, options)
    const rawPath = values.raw
    const presetRef = values.preset
    const oneInput =
      rawPath !== undefined || presetRef !== undefined
        ? positionals.length === 0 && (rawPath === undefined || presetRef === undefined)
        : positionals.length === 1
    if (!oneInput) {
      throw new UsageError(
        'give one draft file, --raw with a body file, or --preset with a preset.',
      )
    }
    const totalMs = parseTimeout(values['timeout-ms'])
    const headers = parseHeaders(values.header)
    const send = (services: Services) =>
      sendWith(services, io, {
        values,
        rawPath,
        presetRef,
        draftPath: positionals[0],
        headers,
        timeoutMs: totalMs,
      })
    return withCliServices(io, deps, send)
  }

  async function sendWith(
    services: Services,
    io: CliIo,
    input: {
      values: ReturnType<typeof parseCliArgs<typeof options>>['values']
      rawPath: string | undefined
      presetRef: string | undefined
      draftPath: string | undefined
      headers: Record<string, string> | undefined
      timeoutMs: number | undefined
    },
  ): Promise<number> {
    const { values } = input
    const stored =
      input.presetRef === undefined
        ? undefined
        : await findPreset(services.presets.store, input.presetRef)
    if (stored?.preset.kind === 'step') refuseStepPreset(stored)
    // The preset's connection, unless the command line names a target.
    const presetConnection =
      values.connection === undefined && values.endpoint === undefined
        ? stored?.preset.connectionName
        : undefined
    const target = await resolveSendTarget(
      {
        connection: values.connection ?? presetConnection,
        endpoint: values.endpoint,
        dataset: values.dataset,
        apiVersion: values['api-version'],
        tokenEnv: values['token-env'],
      },
      io,
      {
        resolveConnection:
          deps.resolveConnection ?? ((name) => connectionSendTarget(services.connections, name)),
      },
    )
    const say = (stream: CliIo['stdout'], text: string) =>
      writeLine(stream, redactToken(text, target.token))
    const source: SendSource = stored
      ? { kind: 'preset', stored }
      : {
          kind: 'file',
          file: await readJsonFile(input.rawPath ?? input.draftPath!),
          raw: input.rawPath !== undefined,
        }
    const prepared = prepare(services, source, target, values['test-event-code'])
    const saved = stored?.preset.kind === 'raw' ? stored.preset.sendSettings : undefined
    const headers = input.headers ?? saved?.headers
    const timeoutMs = input.timeoutMs ?? saved?.timeoutMs
    for (const note of prepared.notes) say(io.stderr, `note: ${note}`)
    let unknownAttempts
    try {
      unknownAttempts = await services.send.check(prepared, {
        force: values.force === true,
        // The command line is the confirmation: a real send is what was typed.
        confirmNoTestCode: true,
        allowDuplicate: values['allow-duplicate'] === true,
      })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      if (values.json) {
        const refusal = { sent: false, problems: prepared.problems, refused: error.code }
        say(io.stdout, JSON.stringify({ ...refusal, message: error.message }, null, 2))
      } else if (error.code === 'draft_has_errors')
        say(io.stderr, formatProblems(prepared.problems))
      if (error.code === 'duplicate_event') {
        for (const line of [error.message, ...(error.details ?? [])]) say(io.stderr, line)
        say(io.stderr, 'Nothing was sent. Add --allow-duplicate to send it again anyway.')
      } else if (error.code === 'draft_has_errors') {
        say(io.stderr, 'Nothing was sent: fix the errors above, or add --force to send anyway.')
      } else say(io.stderr, `Nothing was sent: ${error.message}`)
      return exitCode.usage
    }
    if (!values.json && prepared.problems.length > 0)
      say(io.stderr, formatProblems(prepared.problems))
    for (const attempt of unknownAttempts) say(io.stderr, `note: ${attempt.message}`)

    const cancel = new AbortController()
    void io.stopSignal.then(() => cancel.abort())
    const output: SendOutput = await services.send.deliver(target, prepared, {
      signal: cancel.signal,
      ...(stored ? { presetId: stored.id } : {}),
      ...(headers ? { headers } : {}),
      // An explicit --timeout-ms (or the raw preset's) wins over the setting, for this send only.
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    })
    if (values.json) {
      say(
        io.stdout,
        JSON.stringify({ sent: true, problems: prepared.problems, result: output }, null, 2),
      )
    } else {
      say(io.stdout, `target: ${target.label}`)
      say(io.stdout, formatSendResult(output))
      say(
        io.stdout,
        output.historyId
          ? `history: ${output.historyId} (capi history show ${output.historyId})`
          : `history: not recorded (${output.historyError ?? 'unknown reason'})`,
      )
    }
    return output.outcome === 'accepted' ? exitCode.ok : exitCode.failed
  }

  return {
    name: 'send',
    summary: 'Send a draft or a raw Meta body and explain the answer (recorded in the history).',
    help,
    run,
  }
}

export const sendCommand = createSendCommand()
