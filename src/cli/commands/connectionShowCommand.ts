import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'
import { formatConnection } from './connectionFormat'

export function createConnectionShowCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'connection show',
    summary: 'Show one connection (the token only as a hint).',
    help: `Usage: capi connection show NAME [--json]

Shows a connection by name (case-insensitive) or id: endpoint, API version, dataset, assets,
token hint and the last check.`,
    async run(args, io) {
      const { values, positionals } = parseConnectionArgs(args, { json: { type: 'boolean' } })
      const connection = await withConnections(io, deps, (service) => service.find(positionals[0]!))
      writeLine(
        io.stdout,
        values.json ? JSON.stringify(connection, null, 2) : formatConnection(connection),
      )
      return exitCode.ok
    },
  }
}

export const connectionShowCommand = createConnectionShowCommand()
