import type { HistoryStore } from '../../services/history/historyStore'
import type { ContactStore } from '../../services/contacts/contactStore'
import type { PresetStore } from '../../services/presets/presetStore'
import { parseCliArgs } from '../cliArgs'
import type { CliIo } from '../cliCommand'
import { type CliServiceDependencies, openCliServices } from '../cliServices'

export interface ParsedArgs {
  positional: string[]
  flags: Map<string, string | true>
}

/**
 * The preset and history commands' options, through the CLI's one parser (parseCliArgs):
 * `valued` lists the options that take a value (`--name value`, `--name=value`), `booleans` the
 * flags; anything else is a usage error.
 */
export function parseArgs(args: string[], valued: string[], booleans: string[]): ParsedArgs {
  const options = Object.fromEntries([
    ...valued.map((name) => [name.slice(2), { type: 'string' as const }]),
    ...booleans.map((name) => [name.slice(2), { type: 'boolean' as const }]),
  ])
  const { values, positionals } = parseCliArgs(args, options)
  const flags = new Map<string, string | true>()
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== false) flags.set(`--${name}`, value as string | true)
  }
  return { positional: positionals, flags }
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The preset store of the data directory, from the composition root. */
export async function presetStoreFor(
  io: Pick<CliIo, 'env'>,
  deps: CliServiceDependencies = {},
): Promise<PresetStore> {
  return (await openCliServices(io, deps)).presets.store
}

/** The sample contacts of the data directory (preset bundles carry them), from the composition root. */
export async function contactStoreFor(
  io: Pick<CliIo, 'env'>,
  deps: CliServiceDependencies = {},
): Promise<ContactStore> {
  return (await openCliServices(io, deps)).contacts
}

/** The history of the data directory (the app's and capi send's sends), from the composition root. */
export async function historyStoreFor(
  io: Pick<CliIo, 'env'>,
  deps: CliServiceDependencies = {},
): Promise<HistoryStore> {
  return (await openCliServices(io, deps)).history
}
