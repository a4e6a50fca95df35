import { appVersion } from '../../shared/appVersion'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'

export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'Print the Workbench version.',
  help: 'Usage: capi version\n\nPrints the CAPI Workbench version and the Node.js version it runs on.',
  async run(args, io) {
    const { positionals } = parseCliArgs(args, {})
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    writeLine(io.stdout, `capi-workbench ${appVersion} (node ${process.versions.node})`)
    return exitCode.ok
  },
}
