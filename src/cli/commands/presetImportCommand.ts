import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline/promises'
import type { Readable } from 'node:stream'
import type { ConflictDecision } from '../../shared/contract/transferChannels'
import { AppError } from '../../shared/result'
import { importBundle, planImport } from '../../services/transfer/presetBundle'
import { importPayload } from '../../services/transfer/importPayload'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { contactStoreFor, parseArgs, presetStoreFor, stringFlag } from './presetArgs'

const policies: Record<string, ConflictDecision> = {
  'keep-both': 'keepBoth',
  replace: 'replace',
  skip: 'skip',
}

export const presetImportCommand: CliCommand = {
  name: 'preset import',
  summary: "Import a preset bundle, or a customer's payload / cURL command as presets.",
  help: `Usage: capi preset import <bundle.json | -> [--on-conflict keep-both|replace|skip] [--json]
       capi preset import --payload <file | -> [--folder FOLDER] [--name NAME] [--json]

A bundle comes from capi preset export or the app. When a preset with the same id exists, the
conflict is never guessed: on a terminal you are asked for each one; otherwise give --on-conflict.

--payload reads a Meta request body, just its "data" array, one event, or a cURL command (a
customer's, from their logs), makes one preset per event with every field mapped (hashed values
stay hashes), and prints the problems found. Authorization headers and access_token are dropped.
Exit codes: 0 imported, 1 imported but the payload has errors, 2 unreadable input or undecided conflicts.`,
  async run(args, io) {
    const parsed = parseArgs(args, ['--on-conflict', '--folder', '--name', '--payload'], ['--json'])
    const payload = stringFlag(parsed, '--payload')
    if (payload !== undefined) return importPayloadAsPresets(payload, parsed, io)
    const file = parsed.positional[0]
    if (!file || parsed.positional.length > 1)
      throw new UsageError('give one bundle file (or - for stdin)')
    const policyText = stringFlag(parsed, '--on-conflict')
    if (policyText !== undefined && !policies[policyText]) {
      throw new UsageError('--on-conflict is keep-both, replace or skip')
    }
    const text = await readInput(file, io.stdin)
    const store = await presetStoreFor(io)
    const now = new Date()
    const plan = await planImport(store, text, now).catch(usageOnInvalid)
    const decisions: Record<string, ConflictDecision> = {}
    const conflicts = plan.filter((item) => item.conflict && !item.problem)
    if (conflicts.length > 0) {
      if (policyText) for (const item of conflicts) decisions[item.id] = policies[policyText]!
      else if ((io.stdin as { isTTY?: boolean }).isTTY && file !== '-')
        Object.assign(decisions, await ask(conflicts, io))
      else {
        writeLine(io.stderr, `capi preset import: ${conflicts.length} preset(s) already exist:`)
        for (const item of conflicts) writeLine(io.stderr, `  ${item.id}`)
        writeLine(io.stderr, 'Choose with --on-conflict keep-both|replace|skip.')
        return exitCode.usage
      }
    }
    const result = await importBundle(store, text, decisions, now, await contactStoreFor(io))
    if (parsed.flags.has('--json')) writeLine(io.stdout, JSON.stringify(result, null, 2))
    else {
      for (const item of result.imported) writeLine(io.stdout, `${item.action.padEnd(9)}${item.id}`)
      for (const item of result.skipped) writeLine(io.stdout, `skipped  ${item.id}: ${item.reason}`)
      for (const item of result.contacts?.imported ?? [])
        writeLine(
          io.stdout,
          `contact  ${item.name}${item.renamedFrom ? ` (the name "${item.renamedFrom}" was taken)` : ''}`,
        )
      for (const item of result.contacts?.skipped ?? [])
        writeLine(io.stdout, `skipped  contact ${item.name}: ${item.reason}`)
    }
    return exitCode.ok
  },
}

async function importPayloadAsPresets(
  file: string,
  parsed: ReturnType<typeof parseArgs>,
  io: CliIo,
): Promise<number> {
  const text = await readInput(file, io.stdin)
  const imported = (() => {
    try {
      return importPayload(text, Math.floor(Date.now() / 1000))
    } catch (error) {
      return usageOnInvalid(error)
    }
  })()
  const store = await presetStoreFor(io)
  const folder = stringFlag(parsed, '--folder') ?? ''
  const name = stringFlag(parsed, '--name')
  const saved: string[] = []
  for (const [index, draft] of imported.drafts.entries()) {
    const base = name ?? `Imported ${draft.eventName || 'event'}`
    const stored = await store.save({
      folder,
      content: {
        name: imported.drafts.length > 1 ? `${base} ${index + 1}` : base,
        description: `Imported from a customer's ${imported.source.kind === 'curl' ? 'cURL command' : 'payload'}.`,
        tags: ['imported'],
        draft,
      },
    })
    saved.push(stored.id)
  }
  if (parsed.flags.has('--json'))
    writeLine(io.stdout, JSON.stringify({ saved, ...imported }, null, 2))
  else {
    for (const id of saved) writeLine(io.stdout, `saved    ${id}`)
    for (const secret of imported.dropped) writeLine(io.stdout, `dropped  ${secret}`)
    for (const note of imported.notes) writeLine(io.stdout, `note     ${note}`)
    for (const problem of imported.problems) {
      writeLine(
        io.stdout,
        `${problem.severity.padEnd(9)}${problem.path}: ${problem.message}${problem.fix ? ` → ${problem.fix}` : ''}`,
      )
    }
  }
  return imported.problems.some((problem) => problem.severity === 'error')
    ? exitCode.failed
    : exitCode.ok
}

function usageOnInvalid(error: unknown): never {
  if (error instanceof AppError && error.code === 'invalid_input') {
    throw new UsageError([error.message, ...(error.details ?? [])].join('\n  '))
  }
  throw error
}

async function readInput(file: string, stdin: Readable): Promise<string> {
  if (file !== '-') {
    try {
      return await readFile(file, 'utf8')
    } catch (error) {
      throw new UsageError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      )
    }
  }
  let text = ''
  for await (const chunk of stdin) text += String(chunk)
  return text
}

async function ask(
  conflicts: { id: string }[],
  io: CliIo,
): Promise<Record<string, ConflictDecision>> {
  const prompt = createInterface({ input: io.stdin, output: io.stdout })
  const decisions: Record<string, ConflictDecision> = {}
  try {
    for (const item of conflicts) {
      for (;;) {
        const answer = (
          await prompt.question(`"${item.id}" exists. [k]eep both, [r]eplace, [s]kip? `)
        )
          .trim()
          .toLowerCase()
        const decision = ({ k: 'keepBoth', r: 'replace', s: 'skip' } as const)[
          answer[0] as 'k' | 'r' | 's'
        ]
        if (decision) {
          decisions[item.id] = decision
          break
        }
      }
    }
  } finally {
    prompt.close()
  }
  return decisions
}
