import type { ConnectionService } from '../../services/connections/connectionService'
import { type CliArgs, parseCliArgs, refuseTokenArgument } from '../cliArgs'
import { type CliIo, UsageError } from '../cliCommand'
import { type CliServiceDependencies, withCliServices } from '../cliServices'

/** What the connection and token commands use; tests inject a throwaway keychain or a fake Graph. */
export type ConnectionCliDependencies = CliServiceDependencies

/** Runs `use` with the connections service of the data directory (from the composition root). */
export function withConnections<T>(
  io: CliIo,
  deps: ConnectionCliDependencies,
  use: (service: ConnectionService) => Promise<T>,
): Promise<T> {
  return withCliServices(io, deps, (services) => use(services.connections))
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>

export type ParsedConnectionArgs<O extends OptionSpec> = CliArgs<O>

/** Parses options strictly; exactly one positional NAME unless `positionals` says otherwise. */
export function parseConnectionArgs<O extends OptionSpec>(
  args: string[],
  options: O,
  positionals = 1,
): ParsedConnectionArgs<O> {
  refuseTokenArgument(
    args,
    'a token is never taken as an argument (it would end up in shell history); pipe it to capi token set NAME.',
  )
  const parsed = parseCliArgs(args, options)
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      positionals === 0
        ? `unexpected argument "${parsed.positionals[0]}"`
        : 'say which connection: NAME (quote it if it has spaces)',
    )
  }
  return parsed
}
