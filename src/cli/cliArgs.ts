import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './cliCommand'

type OptionSpec = NonNullable<ParseArgsConfig['options']>

export type CliValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'string'
    ? O[K]['multiple'] extends true
      ? string[]
      : string
    : boolean
}

export interface CliArgs<O extends OptionSpec> {
  values: CliValues<O>
  positionals: string[]
}

/** The option name (`--port`) in one of node:util parseArgs' messages. */
function optionIn(message: string): string {
  return /'(--?[^' <]+)/.exec(message)?.[1] ?? 'an option'
}

/**
 * The one argument parser of every `capi` command: node:util parseArgs, strict, with its
 * messages in the CLI's words (`unknown option --x`, `--port needs a value`) as UsageErrors
 * (exit 2). An empty value (`--folder=`) is refused like a missing one. Positionals after `--`
 * are kept as they are.
 */
export function parseCliArgs<O extends OptionSpec>(args: string[], options: O): CliArgs<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = error instanceof Error ? error.message : String(error)
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`unknown option ${optionIn(message)}`)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = optionIn(message)
      throw new UsageError(
        /does not take an argument/.test(message)
          ? `${name} takes no value`
          : `${name} needs a value`,
      )
    }
    throw new UsageError(message)
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    const empty = Array.isArray(value) ? value.some((item) => item === '') : value === ''
    if (empty) throw new UsageError(`--${name} needs a value`)
  }
  return parsed as CliArgs<O>
}

/** A token is never taken as an argument: it would end up in shell history and process lists. */
export function refuseTokenArgument(args: string[], hint: string): void {
  if (args.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
    throw new UsageError(hint)
  }
}
