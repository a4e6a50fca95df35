import { app, BrowserWindow, clipboard, nativeTheme } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHandlers } from '../services/createHandlers'
import { ensurePrivateDirectory, resolveDataDirectory } from '../services/dataDirectory'
import { forwardEvents, registerIpc } from './electron/ipcTransport'
import { hardenSession, hardenWindow } from './electron/securityWiring'
import { EventBus } from '../services/eventBus'
import { KeytarSecretStore } from '../services/secrets/keytarSecretStore'
import { rendererAppUrl } from './window/appUrl'
import { windowOptions } from './window/windowOptions'

const here = dirname(fileURLToPath(import.meta.url))

/** Composition root of the desktop app: data directory, services, IPC, one hardened window. */
async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  await app.whenReady()
  hardenSession()

  const dataDirectory = await ensurePrivateDirectory(
    resolveDataDirectory(process.env, app.getPath('userData')),
  )
  const eventBus = new EventBus()
  const handlers = createHandlers({
    dataDirectory,
    shell: 'electron',
    env: process.env,
    now: () => new Date(),
    eventBus,
    secretStore: new KeytarSecretStore(),
    writeClipboard: (text) => clipboard.writeText(text),
  })

  // The dev server's URL only in development: a packaged app never loads (and trusts for IPC) a
  // page named by an environment variable.
  const rendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const appUrl = () => rendererAppUrl(here, rendererUrl)
  registerIpc(handlers, appUrl, (message) => console.warn(`[ipc] ${message}`))

  const window = new BrowserWindow(
    windowOptions(
      { preload: join(here, '../preload/index.cjs'), icon: join(here, '../../resources/icon.png') },
      nativeTheme.shouldUseDarkColors,
    ),
  )
  hardenWindow(window, appUrl)
  forwardEvents(eventBus, window.webContents)
  window.once('ready-to-show', () => window.show())

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => app.quit())

  if (rendererUrl) await window.loadURL(rendererUrl)
  else await window.loadFile(join(here, '../renderer/index.html'))
}

void main()
