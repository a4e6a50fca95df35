import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'

export function createTokenRemoveCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'token remove',
    summary: "Delete a connection's token from the OS keychain.",
    help: `Usage: capi token remove NAME

Deletes the connection's access token from the OS keychain; the connection itself stays.`,
    async run(args, io) {
      const { positionals } = parseConnectionArgs(args, {})
      const view = await withConnections(io, deps, async (service) => {
        const connection = await service.find(positionals[0]!)
        return service.removeToken(connection.id)
      })
      writeLine(io.stdout, `Removed the token of "${view.name}" from the OS keychain.`)
      return exitCode.ok
    },
  }
}

export const tokenRemoveCommand = createTokenRemoveCommand()
