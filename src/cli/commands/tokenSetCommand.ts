import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'
import { readSecretInput } from './readSecretInput'

export function createTokenSetCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'token set',
    summary: "Store a connection's access token in the OS keychain (read from stdin).",
    help: `Usage: capi token set NAME < token.txt
       pbpaste | capi token set NAME
       capi token set NAME            (in a terminal: paste, then Enter; nothing is echoed)

Reads the access token from standard input, never from an argument, and stores it in the OS
keychain (macOS Keychain, Windows Credential Manager, or the Secret Service on Linux) under the
connection. It replaces any token the connection had. Only a hint such as EAAB…x9Qz is shown
afterwards. Then check it: capi connection check NAME`,
    async run(args, io) {
      const { positionals } = parseConnectionArgs(args, {})
      const input = await readSecretInput(
        io.stdin,
        io.stderr,
        `Paste the access token for "${positionals[0]}" and press Enter (input hidden): `,
      ).catch((error: unknown) => {
        throw new UsageError(
          `could not read the token: ${error instanceof Error ? error.message : 'unknown error'}`,
        )
      })
      if (input.trim() === '') {
        throw new UsageError(
          'no token on standard input. Pipe it in: capi token set NAME < token.txt',
        )
      }
      const view = await withConnections(io, deps, async (service) => {
        const connection = await service.find(positionals[0]!)
        return service.setToken(connection.id, input)
      })
      writeLine(
        io.stdout,
        `Stored the token ${view.tokenHint} for "${view.name}" in the OS keychain. Check it: capi connection check "${view.name}"`,
      )
      return exitCode.ok
    },
  }
}

export const tokenSetCommand = createTokenSetCommand()
