import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Shell } from 'electron'
import { join } from 'node:path'
import { ensurePrivateDirectory, resolveDataDirectory } from '../../services/dataDirectory'
import { EventBus } from '../../services/eventBus'
import type { HandlerTable } from '../../services/ipc/handlerTable'
import { rendererAppUrl } from '../window/appUrl'
import { windowOptions } from '../window/windowOptions'
import { forwardEvents, registerIpc } from './ipcTransport'
import {
  hardenSession,
  hardenWindow,
  type SessionLike,
  type WebContentsLike,
} from './securityWiring'

/** The window the shell creates, as far as the wiring uses it. */
export type DesktopWindow = Pick<
  BrowserWindow,
  'once' | 'show' | 'isMinimized' | 'restore' | 'focus' | 'loadURL' | 'loadFile'
> & { webContents: WebContentsLike & Pick<BrowserWindow['webContents'], 'isDestroyed' | 'send'> }

/** The Electron objects the desktop shell needs, passed in so a test can run it against fakes. */
export interface ElectronParts {
  app: Pick<
    App,
    'requestSingleInstanceLock' | 'quit' | 'enableSandbox' | 'whenReady' | 'getPath' | 'isPackaged'
  > & { on(event: 'second-instance' | 'window-all-closed', listener: () => void): unknown }
  session: { defaultSession: SessionLike }
  ipcMain: Pick<IpcMain, 'handle'>
  createWindow: (options: BrowserWindowConstructorOptions) => DesktopWindow
  shell: Pick<Shell, 'openExternal'>
  darkBackground: boolean
}

export interface DesktopAppOptions {
  /** The folder of the built main bundle (out/main): the renderer and preload are beside it. */
  mainDirectory: string
  env: NodeJS.ProcessEnv
  /** The services for a data directory (the composition root): their handlers, and close(). */
  createServices: (
    dataDirectory: string,
    eventBus: EventBus,
  ) => { handlers: HandlerTable; close(): Promise<void> }
  log?: (message: string) => void
}

/**
 * The desktop shell's wiring, in order: single instance, sandbox, a hardened session, the data
 * directory, IPC behind the sender check, one hardened window that loads the app. Returns the
 * window, or undefined when another instance runs.
 */
export async function startDesktopApp(
  electron: ElectronParts,
  options: DesktopAppOptions,
): Promise<DesktopWindow | undefined> {
  const { app } = electron
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return undefined
  }
  app.enableSandbox()
  await app.whenReady()
  hardenSession(electron.session.defaultSession)

  const dataDirectory = await ensurePrivateDirectory(
    resolveDataDirectory(options.env, app.getPath('userData')),
  )
  const eventBus = new EventBus()
  const services = options.createServices(dataDirectory, eventBus)
  const handlers = services.handlers

  // The dev server's URL only in development: a packaged app never loads (and trusts for IPC) a
  // page named by an environment variable.
  const rendererUrl = app.isPackaged ? undefined : options.env.ELECTRON_RENDERER_URL
  const appUrl = () => rendererAppUrl(options.mainDirectory, rendererUrl)
  const log = options.log ?? ((message: string) => console.warn(`[ipc] ${message}`))
  registerIpc(electron.ipcMain, handlers, appUrl, log)

  const here = options.mainDirectory
  const window = electron.createWindow(
    windowOptions(
      { preload: join(here, '../preload/index.cjs'), icon: join(here, '../../resources/icon.png') },
      electron.darkBackground,
    ),
  )
  hardenWindow(window.webContents, appUrl, (url) => electron.shell.openExternal(url))
  forwardEvents(eventBus, window.webContents)
  window.once('ready-to-show', () => window.show())

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  // Stop the preset watcher and close Graph connections before quitting.
  app.on('window-all-closed', () => void services.close().finally(() => app.quit()))

  if (rendererUrl) await window.loadURL(rendererUrl)
  else await window.loadFile(join(here, '../renderer/index.html'))
  return window
}
