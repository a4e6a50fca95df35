import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'

export function createConnectionRemoveCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'connection remove',
    summary: 'Delete a connection and its token from the keychain.',
    help: `Usage: capi connection remove NAME

Deletes the connection file and its token in the OS keychain (the keychain first, so a token is
never left behind). Presets and history that name the connection are kept.`,
    async run(args, io) {
      const { positionals } = parseConnectionArgs(args, {})
      const result = await withConnections(io, deps, async (service) => {
        const connection = await service.find(positionals[0]!)
        return { name: connection.name, ...(await service.delete(connection.id)) }
      })
      writeLine(
        io.stdout,
        `Removed connection "${result.name}"${result.tokenRemoved ? ' and its token from the keychain' : ' (it had no token in the keychain)'}.`,
      )
      return exitCode.ok
    },
  }
}

export const connectionRemoveCommand = createConnectionRemoveCommand()
