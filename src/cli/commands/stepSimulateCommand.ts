import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { AppError } from '../../shared/result'
import type { SendOutput } from '../../shared/contract/sendChannels'
import {
  describeSchemaErrors,
  simulateStep,
  StepContact,
  type StepSimulation,
  testEventSentMessage,
  WorkflowStep,
} from '../../shared/step'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { parseCliArgs } from '../cliArgs'
import { type CliServiceDependencies, withCliServices } from '../cliServices'
import { findPreset } from './findPreset'
import { formatSendResult } from './formatSendResult'
import { sandboxLinkFacts } from '../../services/step/sandboxLinkFacts'
import type { Services } from '../../services/createServices'
import { defaultApiVersion } from '../../shared/connections/connectionSchema'
import { resolveStepTarget, type StepTarget } from './stepTarget'

const help = `Usage: capi step simulate <step.json> --contact <contact.json> [--json]
                          [--send --test-event-code CODE]
                          [--dataset ID] [--endpoint meta|sandbox|URL] [--api-version vNN.N]
                          [--token-env VAR]
       capi step simulate --preset <id or name> [--contact <contact.json>] [--json]
                          [--send --test-event-code CODE]

Reproduces respond.io's "Send Conversions API Event" workflow step for one contact: prints the
exact request the step would send, or every reason it would send nothing (no account selected for
the contact's channel, every customer field empty, a WhatsApp chat without ctwa_clid, an account
not linked to the dataset, a restricted region, or a Meta rule the event breaks).

The step's "connection" is a stored connection (capi connection add), by name or id: its dataset,
endpoint, listed accounts and their countries are used. A connection that is not stored (a
customer's business account) is simulated all the same, with the dataset unknown ({dataset_id} in
the URL) unless --dataset gives it; whether the account is linked and where it is registered are
then not checked (a note says so).

Options:
  --contact FILE          the contact: channel, ctwa_clid / psid / igsid, contact fields, workflow
                          variables (required with a step file; with --preset it replaces the
                          preset's contact)
  --preset ID|NAME        a workflow-step preset saved in the Workbench (capi preset list) instead
                          of the files: its step and its contact
  --json                  print {"wouldSend", "reasons", "request": {"url", "body"}, "result"?}
  --send                  send it as a test event (recorded in the history like the Workbench's
                          sends); nothing is sent when the step would send nothing
  --test-event-code CODE  the test event code from Events Manager → Test events (required with
                          --send; without --send it is put into the request shown)
  --dataset ID, --endpoint meta|sandbox|URL, --api-version vNN.N
                          describe the step's connection when it is not stored (default endpoint
                          meta, version ${defaultApiVersion}); refused for a stored connection
  --token-env VAR         the token from this environment variable instead of the keychain (needed
                          to send with a connection that is not stored); never an argument

File formats and examples: docs/cli.md, "capi step simulate". Unknown keys are errors.

Exit codes: 0 the step would send (with --send: sent and accepted), 1 it would send nothing
(with --send: not sent, or Meta rejected it), 2 invalid input (file, format, option, or --send
without a connection to send with).`

const options = {
  contact: { type: 'string' },
  preset: { type: 'string' },
  json: { type: 'boolean' },
  send: { type: 'boolean' },
  'test-event-code': { type: 'string' },
  dataset: { type: 'string' },
  endpoint: { type: 'string' },
  'api-version': { type: 'string' },
  'token-env': { type: 'string' },
} as const

/** What tests may replace: a throwaway keychain, a fake Graph API, a clock. */
export type StepSimulateDependencies = CliServiceDependencies

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(`cannot read the ${what} file ${path}${code ? ` (${code})` : ''}.`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new UsageError(`the ${what} file ${path} is not valid JSON: ${(error as Error).message}`)
  }
}

function parseFile<T>(schema: z.ZodType<T>, value: unknown, what: string, path: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const lines = describeSchemaErrors(parsed.error)
  throw new UsageError(`the ${what} file ${path} is not valid:\n  ${lines.join('\n  ')}`)
}

/**
 * The app's one send path (the same gate, duplicate guard and history as the Workbench): through
 * the stored connection and its keychain token, or to the target --token-env describes.
 * A connection without a token, or a refused send, is an input error (exit 2): nothing was sent.
 */
async function sendSimulation(
  services: Services,
  target: StepTarget,
  simulation: StepSimulation,
): Promise<SendOutput> {
  const samples = { contact: simulation.source.contact, workflow: simulation.source.workflow }
  try {
    if (target.sendTarget) {
      const sendTarget = await target.sendTarget()
      const prepared = services.send.prepareDraft(simulation.draft, sendTarget, samples)
      await services.send.check(prepared, { force: false, confirmNoTestCode: false })
      return await services.send.deliver(sendTarget, prepared)
    }
    return await services.send.send({
      draft: simulation.draft,
      connectionId: target.stored!.id,
      ...samples,
    })
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(`nothing was sent: ${error.message}`)
    throw error
  }
}

function printHuman(io: CliIo, simulation: StepSimulation): void {
  if (simulation.wouldSend) {
    writeLine(io.stdout, `Would send: POST ${simulation.request.url}`)
    writeLine(io.stdout, JSON.stringify(simulation.request.body, null, 2))
  } else {
    writeLine(io.stdout, 'Would send nothing:')
    for (const reason of simulation.reasons) writeLine(io.stdout, `  - ${reason.message}`)
    writeLine(io.stdout, `The request it would have built: POST ${simulation.request.url}`)
    writeLine(io.stdout, JSON.stringify(simulation.request.body, null, 2))
  }
}

export function createStepSimulateCommand(deps: StepSimulateDependencies = {}): CliCommand {
  const now = deps.now ?? (() => new Date())

  async function run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCliArgs(args, options)
    const presetRef = values.preset
    if (presetRef !== undefined && positionals.length > 0)
      throw new UsageError('give a step file or --preset, not both.')
    if (presetRef === undefined && positionals.length !== 1)
      throw new UsageError(
        'give one step file: capi step simulate step.json --contact contact.json',
      )
    if (presetRef === undefined && values.contact === undefined)
      throw new UsageError('say which contact: --contact contact.json')
    const code = values['test-event-code']
    if (code !== undefined && (code.trim() === '' || /\s/.test(code))) {
      throw new UsageError('--test-event-code must be a code without spaces, like TEST12345.')
    }
    if (values.send === true && code === undefined) {
      throw new UsageError(
        '--send sends a test event: give the code from Events Manager → Test events with --test-event-code CODE.',
      )
    }
    const stepPath = positionals[0]
    const fileStep =
      stepPath === undefined
        ? undefined
        : parseFile(WorkflowStep, await readJsonFile(stepPath, 'step'), 'step', stepPath)
    const fileContact =
      values.contact === undefined
        ? undefined
        : parseFile(
            StepContact,
            await readJsonFile(values.contact, 'contact'),
            'contact',
            values.contact,
          )

    return withCliServices(io, deps, async (services) => {
      let step = fileStep
      let contact = fileContact
      if (presetRef !== undefined) {
        const stored = await findPreset(services.presets.store, presetRef)
        if (stored.preset.kind !== 'step') {
          throw new UsageError(
            `"${stored.id}" is a ${stored.preset.kind} preset, not a workflow step; send it with capi send --preset ${stored.id}.`,
          )
        }
        step = stored.preset.step
        contact = fileContact ?? stored.preset.contact
      }
      if (step === undefined || contact === undefined) throw new UsageError('no step to simulate.')
      const target = await resolveStepTarget(
        services.connections,
        step.connection,
        {
          dataset: values.dataset,
          endpoint: values.endpoint,
          apiVersion: values['api-version'],
          tokenEnv: values['token-env'],
        },
        io,
      )
      if (values.send === true && target.sendTarget && !target.stored) await target.sendTarget()
      const { connection } = target
      const links = await sandboxLinkFacts(
        connection,
        target.credentials,
        step,
        contact,
        services.graph,
      )
      if (links.note) writeLine(io.stderr, `note: ${links.note}`)
      const simulation = simulateStep(step, contact, connection, now(), {
        sha256: nodeSha256,
        linkFacts: links.facts,
        ...(target.stored ? {} : { connectionUnknown: true }),
        ...(code !== undefined ? { testEventCode: code } : {}),
      })
      // Notes (advisories, fields left out, what could not be checked) on stderr, with --json too.
      for (const note of simulation.notes) writeLine(io.stderr, `note: ${note.message}`)
      const output: Record<string, unknown> = {
        wouldSend: simulation.wouldSend,
        reasons: simulation.reasons.map((reason) => reason.message),
        request: simulation.request,
      }
      if (values.send !== true || !simulation.wouldSend) {
        if (values.json) writeLine(io.stdout, JSON.stringify(output, null, 2))
        else printHuman(io, simulation)
        if (values.send === true) writeLine(io.stderr, 'Nothing was sent.')
        return simulation.wouldSend ? exitCode.ok : exitCode.failed
      }

      const result = await sendSimulation(services, target, simulation)
      const accepted = result.outcome === 'accepted'
      if (values.json) {
        writeLine(io.stdout, JSON.stringify({ ...output, result }, null, 2))
      } else {
        printHuman(io, simulation)
        writeLine(io.stdout, '')
        writeLine(io.stdout, formatSendResult(result))
        if (accepted) writeLine(io.stdout, testEventSentMessage)
      }
      return accepted ? exitCode.ok : exitCode.failed
    })
  }

  return {
    name: 'step simulate',
    summary: "Reproduce respond.io's Send Conversions API Event step for a contact (and send it).",
    help,
    run,
  }
}

export const stepSimulateCommand = createStepSimulateCommand()
