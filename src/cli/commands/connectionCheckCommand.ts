import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'
import { formatCheckReport } from './connectionFormat'

export function createConnectionCheckCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'connection check',
    summary: 'Ask Meta (or the sandbox) whether a connection can send events.',
    help: `Usage: capi connection check NAME [--json]

Uses the stored token to ask the connection's endpoint: is the token valid and when does it
expire, which permissions does it have (WhatsApp, Messenger and Instagram need different ones),
does the dataset exist, and is each asset linked to the dataset. Every problem comes with a fix.
The result is remembered and shown by capi connection list.

Exit codes: 0 passed (or only warnings), 1 a problem was found, 2 usage error.`,
    async run(args, io) {
      const { values, positionals } = parseConnectionArgs(args, { json: { type: 'boolean' } })
      const { name, report } = await withConnections(io, deps, async (service) => {
        const connection = await service.find(positionals[0]!)
        return { name: connection.name, report: await service.check(connection.id) }
      })
      writeLine(
        io.stdout,
        values.json ? JSON.stringify(report, null, 2) : formatCheckReport(name, report),
      )
      return report.outcome === 'failed' ? exitCode.failed : exitCode.ok
    },
  }
}

export const connectionCheckCommand = createConnectionCheckCommand()
