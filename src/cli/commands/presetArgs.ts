import { join } from 'node:path'
import { resolveDataDirectory } from '../../services/dataDirectory'
import { HistoryStore } from '../../services/history/historyStore'
import { PresetStore } from '../../services/presets/presetStore'
import { UsageError } from '../cliCommand'

export interface ParsedArgs {
  positional: string[]
  flags: Map<string, string | true>
}

/**
 * `--name value`, `--name=value` and boolean `--flag` for the preset and history commands.
 * `valued` lists the options that take a value; anything else unknown is a usage error.
 */
export function parseArgs(args: string[], valued: string[], booleans: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Map() }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') parsed.positional.push(arg)
      continue
    }
    const equals = arg.indexOf('=')
    const name = equals === -1 ? arg : arg.slice(0, equals)
    if (valued.includes(name)) {
      const value = equals === -1 ? args[++index] : arg.slice(equals + 1)
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`)
      parsed.flags.set(name, value)
    } else if (booleans.includes(name) && equals === -1) {
      parsed.flags.set(name, true)
    } else {
      throw new UsageError(`unknown option ${arg}`)
    }
  }
  return parsed
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name)
  return typeof value === 'string' ? value : undefined
}

export function presetStoreFor(env: NodeJS.ProcessEnv): PresetStore {
  return new PresetStore({
    directory: join(resolveDataDirectory(env), 'presets'),
    now: () => new Date(),
  })
}

export function historyStoreFor(env: NodeJS.ProcessEnv): HistoryStore {
  return new HistoryStore({
    directory: join(resolveDataDirectory(env), 'history'),
    now: () => new Date(),
  })
}
