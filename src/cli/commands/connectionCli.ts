import { parseArgs } from 'node:util'
import type { ConnectionService } from '../../services/connections/connectionService'
import { createConnectionService } from '../../services/connections/createConnectionService'
import type { GraphLookups } from '../../services/connections/graphClientCheck'
import { ensurePrivateDirectory, resolveDataDirectory } from '../../services/dataDirectory'
import { GraphClient } from '../../services/graph/graphClient'
import { KeytarSecretStore } from '../../services/secrets/keytarSecretStore'
import type { SecretStore } from '../../services/secrets/secretStore'
import { type CliIo, UsageError } from '../cliCommand'

/** What the connection and token commands use; tests inject a throwaway keychain or a fake Graph. */
export interface ConnectionCliDependencies {
  secretStore?: () => SecretStore
  graph?: () => GraphLookups & { close?: () => Promise<void> }
  now?: () => Date
}

/** Runs `use` with a connections service on the data directory, and closes what it opened. */
export async function withConnections<T>(
  io: CliIo,
  deps: ConnectionCliDependencies,
  use: (service: ConnectionService) => Promise<T>,
): Promise<T> {
  const dataDirectory = await ensurePrivateDirectory(resolveDataDirectory(io.env))
  const graph = deps.graph?.() ?? new GraphClient({ env: io.env })
  try {
    const service = createConnectionService({
      dataDirectory,
      now: deps.now ?? (() => new Date()),
      secretStore: deps.secretStore?.() ?? new KeytarSecretStore(),
      graph,
    })
    return await use(service)
  } finally {
    await graph.close?.()
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>

export interface ParsedConnectionArgs<O extends OptionSpec> {
  values: { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }
  positionals: string[]
}

/** Parses options strictly; exactly one positional NAME unless `positionals` says otherwise. */
export function parseConnectionArgs<O extends OptionSpec>(
  args: string[],
  options: O,
  positionals = 1,
): ParsedConnectionArgs<O> {
  if (args.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
    throw new UsageError(
      'a token is never taken as an argument (it would end up in shell history); pipe it to capi token set NAME.',
    )
  }
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      positionals === 0
        ? `unexpected argument "${parsed.positionals[0]}"`
        : 'say which connection: NAME (quote it if it has spaces)',
    )
  }
  return parsed as ParsedConnectionArgs<O>
}
