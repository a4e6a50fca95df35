import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHandlers } from '../../services/createHandlers'
import { ensurePrivateDirectory, resolveDataDirectory } from '../../services/dataDirectory'
import { EventBus } from '../../services/eventBus'
import { KeytarSecretStore } from '../../services/secrets/keytarSecretStore'
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
  let port: number | undefined
  let open = true
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--no-open') open = false
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? args[++index] : arg.slice('--port='.length)
      const number = Number(value)
      if (value === undefined || !/^\d+$/.test(value) || number > 65535) {
        throw new UsageError('--port needs a number from 0 to 65535.')
      }
      port = number
    } else throw new UsageError(`unknown option ${arg}`)
  }
  return { port, open }
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
      const handlers = createHandlers({
        dataDirectory,
        shell: 'browser',
        env: io.env,
        now: () => new Date(),
        eventBus,
        secretStore: dependencies.secretStore ?? new KeytarSecretStore(),
      })
      await runBrowserMode({
        dataDirectory,
        rendererDirectory: rendererDirectoryOf(projectRoot),
        port,
        open,
        eventBus,
        handlers,
        say,
        openBrowser,
        stopSignal: io.stopSignal,
      })
      return exitCode.ok
    },
  }
}

export const uiCommand = createUiCommand()
