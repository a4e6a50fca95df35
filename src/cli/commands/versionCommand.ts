import { appVersion } from '../../shared/appVersion'
import { type CliCommand, exitCode, writeLine } from '../cliCommand'

export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'Print the Workbench version.',
  help: 'Usage: capi version\n\nPrints the CAPI Workbench version and the Node.js version it runs on.',
  async run(_args, io) {
    writeLine(io.stdout, `capi-workbench ${appVersion} (node ${process.versions.node})`)
    return exitCode.ok
  },
}
