import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'
import { formatConnectionList } from './connectionFormat'

export function createConnectionListCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'connection list',
    summary: 'List stored connections with token hint and last check.',
    help: `Usage: capi connection list [--json]

Lists the connections in <data dir>/connections/: name, dataset, token hint (the token itself is
only in the OS keychain), last check and endpoint. Files that cannot be read are reported on stderr.`,
    async run(args, io) {
      const { values } = parseConnectionArgs(args, { json: { type: 'boolean' } }, 0)
      const { connections, problems } = await withConnections(io, deps, (service) => service.list())
      for (const problem of problems) writeLine(io.stderr, `warning: ${problem.message}`)
      if (values.json) {
        writeLine(io.stdout, JSON.stringify({ connections, problems }, null, 2))
      } else if (connections.length === 0) {
        writeLine(io.stdout, 'No connections yet. Add one: capi connection add NAME --dataset ID')
      } else {
        writeLine(io.stdout, formatConnectionList(connections))
      }
      return exitCode.ok
    },
  }
}

export const connectionListCommand = createConnectionListCommand()
