import type { EventBus } from '../services/eventBus'
import type { HandlerTable } from '../services/ipc/handlerTable'
import { startWebServer } from './startWebServer'
import { removeLaunchPage, writeLaunchPage } from './launchPage'
import {
  openUrlOf,
  probeServer,
  readServerLock,
  removeServerLock,
  writeServerLock,
  type ServerProbe,
} from './webServerLock'

export interface BrowserModeOptions {
  dataDirectory: string
  rendererDirectory: string
  port?: number
  /** Open the default browser (false with --no-open). */
  open: boolean
  eventBus: EventBus
  handlers: HandlerTable
  say: (line: string) => void
  /** Opens a URL in the default browser; false when there is no browser to open. */
  openBrowser: (url: string) => boolean
  stopSignal: Promise<void>
  pid?: number
  now?: () => Date
  /** How a running server proves it holds the lock's secret (tests swap it). */
  probe?: ServerProbe
}

/**
 * Prints where the Workbench is (the link with its secret, for this terminal only) and opens it in
 * the browser when asked and possible. The browser is handed a 0600 redirect page in the data
 * directory, never the secret itself: a command line is visible to every local user.
 */
export async function announce(
  url: string,
  options: Pick<BrowserModeOptions, 'open' | 'say' | 'openBrowser' | 'dataDirectory'>,
): Promise<void> {
  options.say(`CAPI Workbench (browser mode): ${url}`)
  if (!options.open) return
  const page = await writeLaunchPage(options.dataDirectory, url)
  if (options.openBrowser(page)) options.say('Opened in your default browser.')
  else options.say('No browser to open here: open the link above in a browser on this machine.')
}

/**
 * Serves the Workbench until `stopSignal`: starts the guarded server, claims the lock file
 * (web-server.json, 0600: port, pid, secret), prints the link and opens the browser. If another
 * launch claimed the lock first, this one closes and opens that one instead.
 */
export async function runBrowserMode(options: BrowserModeOptions): Promise<'served' | 'reused'> {
  const server = await startWebServer({
    handlers: options.handlers,
    eventBus: options.eventBus,
    rendererDirectory: options.rendererDirectory,
    port: options.port,
    log: (line) => options.say(line),
  })
  const pid = options.pid ?? process.pid
  const claimed = await writeServerLock(options.dataDirectory, {
    port: server.port,
    pid,
    secret: server.secret,
    startedAt: (options.now?.() ?? new Date()).toISOString(),
  })
  if (!claimed) {
    await server.close()
    const other = await readServerLock(options.dataDirectory)
    // The lock may be stale or planted: reuse it only when its server proves it knows the secret.
    if (other && (await (options.probe ?? probeServer)(other))) {
      await announce(openUrlOf(other), options)
      return 'reused'
    }
    throw new Error('Another browser-mode launch is starting; try again in a moment.')
  }
  try {
    await announce(server.openUrl, options)
    options.say('Press Ctrl+C to stop.')
    await options.stopSignal
  } finally {
    await server.close()
    await removeServerLock(options.dataDirectory, pid)
    await removeLaunchPage(options.dataDirectory)
  }
  options.say('Browser mode stopped.')
  return 'served'
}
