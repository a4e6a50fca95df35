import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices } from '../../services/createServices'
import { ensurePrivateDirectory, resolveDataDirectory } from '../../services/dataDirectory'
import { EventBus } from '../../services/eventBus'
import type { SecretStore } from '../../services/secrets/secretStore'
import {
  buildRenderer,
  findProjectRoot,
  isRendererBuilt,
  rendererDirectoryOf,
} from '../../server/ensureRendererBuilt'
import { openInBrowser } from '../../server/openInBrowser'
import { announce, runBrowserMode } from '../../server/runBrowserMode'
import { findRunningServer, openUrlOf } from '../../server/webServerLock'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'

export interface UiCommandDependencies {
  projectRoot?: string
  openBrowser?: (url: string) => boolean
  buildRenderer?: typeof buildRenderer
  /** The OS keychain by default; tests pass a throwaway one. */
  secretStore?: SecretStore
}

const help = `Usage: capi ui [--port N] [--no-open]

Starts the Workbench in your browser (browser mode): one local server on 127.0.0.1 serving the
app and its services, behind a per-launch secret. Prints the link and opens the default browser.
If a browser-mode server is already running for this data directory, opens that one instead.
Builds the renderer first when out/renderer is missing. Ctrl+C stops it.

  --port N    listen on port N (default: a free port)
  --no-open   do not open a browser; just print the link`

function parseArguments(args: string[]): { port?: number; open: boolean } {
  const { values, positionals } = parseCliArgs(args, {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
  })
  if (positionals.length > 0) throw new UsageError(`unknown option ${positionals[0]}`)
  const text = values.port
  if (text !== undefined && (!/^\d+$/.test(text) || Number(text) > 65535)) {
    throw new UsageError('--port needs a number from 0 to 65535.')
  }
  return { ...(text !== undefined ? { port: Number(text) } : {}), open: values['no-open'] !== true }
}

export function createUiCommand(dependencies: UiCommandDependencies = {}): CliCommand {
  return {
    name: 'ui',
    summary: 'Open the Workbench in your browser (browser mode).',
    help,
    async run(args, io) {
      const { port, open } = parseArguments(args)
      const say = (line: string) => writeLine(io.stdout, line)
      const openBrowser = dependencies.openBrowser ?? ((url: string) => openInBrowser(url))
      const dataDirectory = await ensurePrivateDirectory(resolveDataDirectory(io.env))

      const running = await findRunningServer(dataDirectory)
      if (running) {
        writeLine(io.stdout, 'The Workbench is already running in browser mode.')
        await announce(openUrlOf(running), { open, say, openBrowser, dataDirectory })
        return exitCode.ok
      }

      const projectRoot =
        dependencies.projectRoot ?? findProjectRoot(dirname(fileURLToPath(import.meta.url)))
      if (!projectRoot) {
        writeLine(io.stderr, 'capi ui: cannot find the CAPI Workbench project folder.')
        return exitCode.failed
      }
      if (!isRendererBuilt(projectRoot)) {
        writeLine(io.stderr, 'Building the Workbench (first run, about a minute)...')
        const code = await (dependencies.buildRenderer ?? buildRenderer)(projectRoot, io.stderr)
        if (code !== 0 || !isRendererBuilt(projectRoot)) {
          writeLine(io.stderr, 'capi ui: the build failed (see above). Try `npm run build`.')
          return exitCode.failed
        }
      }

      const eventBus = new EventBus()
      const services = createServices({
        dataDirectory,
        shell: 'browser',
        env: io.env,
        now: () => new Date(),
        eventBus,
        ...(dependencies.secretStore ? { secretStore: dependencies.secretStore } : {}),
      })
      try {
        await runBrowserMode({
          dataDirectory,
          rendererDirectory: rendererDirectoryOf(projectRoot),
          port,
          open,
          eventBus,
          handlers: services.handlers,
          say,
          openBrowser,
          stopSignal: io.stopSignal,
        })
      } finally {
        // The preset watcher and open Graph connections would keep the process alive after Ctrl+C.
        await services.close()
      }
      return exitCode.ok
    },
  }
}

export const uiCommand = createUiCommand()
