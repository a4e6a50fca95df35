import { redactToken } from '../shared/redact'
import { AppError } from '../shared/result'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from './cliCommand'

/** Errors about what was asked for (an unknown name or id, an invalid value): input errors, exit 2. */
const inputErrorCodes = new Set(['not_found', 'invalid_input'])

function overview(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`)
  return [
    'capi: the CAPI Workbench command line (Meta Conversions API for business messaging)',
    '',
    'Usage: capi <command> [options]      capi <command> --help',
    '',
    'Commands:',
    ...lines,
    '',
    'Exit codes: 0 ok, 1 the operation failed (e.g. Meta said no), 2 usage or input error.',
    "Data directory: $CAPI_WORKBENCH_HOME, else the desktop app's data directory.",
  ].join('\n')
}

/** Finds the longest command name that the arguments start with (`connection add` before `connection`). */
function findCommand(
  commands: CliCommand[],
  args: string[],
): { command: CliCommand; rest: string[] } | undefined {
  let best: { command: CliCommand; rest: string[] } | undefined
  for (const command of commands) {
    const words = command.name.split(' ')
    if (words.every((word, index) => args[index] === word)) {
      if (!best || words.length > best.command.name.split(' ').length) {
        best = { command, rest: args.slice(words.length) }
      }
    }
  }
  return best
}

export async function runCli(commands: CliCommand[], args: string[], io: CliIo): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    writeLine(io.stdout, overview(commands))
    return args.length === 0 ? exitCode.usage : exitCode.ok
  }
  if (args[0] === '--version') args = ['version']
  const found = findCommand(commands, args)
  if (!found) {
    const group = commands.filter((command) => command.name.startsWith(args[0] + ' '))
    if (group.length > 0 && (args[1] === '--help' || args[1] === '-h')) {
      writeLine(io.stdout, overview(group))
      return exitCode.ok
    }
    if (group.length > 0) {
      writeLine(io.stderr, `capi ${args[0]}: say which one: ${group.map((c) => c.name).join(', ')}`)
    } else {
      writeLine(io.stderr, `capi: unknown command "${args[0]}". Run capi --help for the list.`)
    }
    return exitCode.usage
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    writeLine(io.stdout, found.command.help)
    return exitCode.ok
  }
  try {
    return await found.command.run(found.rest, io)
  } catch (error) {
    // Through the shared redaction: an unexpected library message may quote a header or a URL.
    const message = redactToken(error instanceof Error ? error.message : String(error))
    if (error instanceof UsageError) {
      writeLine(io.stderr, `capi ${found.command.name}: ${message}`)
      writeLine(io.stderr, `Run capi ${found.command.name} --help for usage.`)
      return exitCode.usage
    }
    writeLine(io.stderr, `capi ${found.command.name}: ${message}`)
    return error instanceof AppError && inputErrorCodes.has(error.code)
      ? exitCode.usage
      : exitCode.failed
  }
}
