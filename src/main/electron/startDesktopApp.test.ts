import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../services/createServices'
import { invokeChannel } from '../../shared/contract/ipcChannelNames'
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy'
import { testDependencies } from '../../../test/support/testDependencies'
import { startDesktopApp, type ElectronParts } from './startDesktopApp'

/**
 * Small fakes of Electron's objects, so the real wiring (startDesktopApp → hardenSession,
 * registerIpc, hardenWindow) runs under plain Node. Each fake records what the wiring installed;
 * the tests then play the part of Electron and call it.
 */
type Listener = (...args: never[]) => unknown
function fakeElectron() {
  const handlers = new Map<string, Listener>()
  const contentsListeners = new Map<string, Listener>()
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
  }
  const mainFrame = { url: '' }
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  const opened: string[] = []
  const loaded: string[] = []
  const webContents = {
    mainFrame,
    on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => (windowOpenHandler = handler),
    isDestroyed: () => false,
    send: () => undefined,
  }
  const parts = {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      enableSandbox: () => undefined,
      whenReady: async () => undefined,
      getPath: () => '/nonexistent-user-data',
      isPackaged: true,
      on: () => undefined,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (session.permissionCheck = handler),
        webRequest: {
          onHeadersReceived: (handler: Listener) => (session.headersReceived = handler),
        },
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => handlers.set(channel, handler) },
    createWindow: () => ({
      webContents,
      once: () => undefined,
      show: () => undefined,
      isMinimized: () => false,
      restore: () => undefined,
      focus: () => undefined,
      loadURL: async (url: string) => void loaded.push(url),
      loadFile: async (path: string) => {
        loaded.push(path)
        mainFrame.url = pathToFileURL(path).href
      },
    }),
    shell: { openExternal: async (url: string) => void opened.push(url) },
    darkBackground: false,
  } as unknown as ElectronParts
  return {
    parts,
    handlers,
    contentsListeners,
    session,
    mainFrame,
    opened,
    loaded,
    windowOpen: (url: string) => windowOpenHandler?.({ url }),
  }
}

let home: string
let electron: ReturnType<typeof fakeElectron>
let services: Services | undefined

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'capi-desktop-'))
  electron = fakeElectron()
  await startDesktopApp(electron.parts, {
    mainDirectory: join(home, 'app #1', 'out', 'main'),
    env: { CAPI_WORKBENCH_HOME: join(home, 'data') },
    createServices: (dataDirectory, eventBus) =>
      (services = createServices(testDependencies(dataDirectory, { eventBus, shell: 'electron' }))),
    log: () => undefined,
  })
})
// The services' watchers write into the data directory (the first contacts listing seeds the
// samples): close them before the directory goes.
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(home, { recursive: true, force: true })
})

function invoke(frame: { url: string } | null, topFrame: unknown) {
  const handler = electron.handlers.get(invokeChannel('app.info'))
  if (!handler) throw new Error('app.info is not registered')
  const call = handler as unknown as (event: unknown, input: unknown) => Promise<unknown>
  return call({ senderFrame: frame, sender: { mainFrame: topFrame } }, undefined)
}

const preventCount = (event: string, ...args: unknown[]) => {
  let prevented = 0
  const listener = electron.contentsListeners.get(event) as unknown as (...a: unknown[]) => void
  listener({ preventDefault: () => prevented++ }, ...args)
  return prevented
}

describe('desktop wiring (startDesktopApp against fakes of Electron)', () => {
  it('loads the built renderer and answers IPC from its own top frame only', async () => {
    const own = electron.mainFrame
    const evil = { url: 'https://evil.example/' }
    const sibling = { url: pathToFileURL(join(home, 'other.html')).href }
    const subframe = { url: own.url }
    const replies = [
      await invoke(own, own),
      await invoke(evil, evil),
      await invoke(sibling, sibling),
      await invoke(subframe, own),
      await invoke(null, own),
    ].map((reply) => (reply as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok')
    expect({ loaded: electron.loaded.length, replies }).toEqual({
      loaded: 1,
      replies: ['ok', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
    })
  })

  it('hardens the session: every permission denied, the CSP header on every response', () => {
    const granted: boolean[] = []
    const request = electron.session.permissionRequest as unknown as (...a: unknown[]) => void
    const check = electron.session.permissionCheck as unknown as (...a: unknown[]) => boolean
    request(undefined, 'media', (allowed: boolean) => granted.push(allowed))
    request(undefined, 'clipboard-read', (allowed: boolean) => granted.push(allowed))
    let headers: Record<string, string[]> | undefined
    const onHeaders = electron.session.headersReceived as unknown as (...a: unknown[]) => void
    onHeaders(
      { responseHeaders: { 'X-Other': ['1'] } },
      (response: { responseHeaders: typeof headers }) => {
        headers = response.responseHeaders
      },
    )
    expect({ granted, check: check(undefined, 'notifications'), headers }).toEqual({
      granted: [false, false],
      check: false,
      headers: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    })
  })

  it('hardens the window: no navigation out, no webview, no new window, only allowlisted links outside', () => {
    const own = electron.mainFrame.url
    const navigation = {
      outside: preventCount('will-navigate', 'https://evil.example/'),
      inside: preventCount('will-navigate', `${own}#/composer`),
      redirect: preventCount('will-redirect', 'https://evil.example/'),
      webview: preventCount('will-attach-webview'),
    }
    const decisions = [
      electron.windowOpen('https://evil.example/'),
      electron.windowOpen('javascript:alert(1)'),
      electron.windowOpen('https://developers.facebook.com/docs/marketing-api/conversions-api'),
    ]
    expect({ navigation, decisions, opened: electron.opened }).toEqual({
      navigation: { outside: 1, inside: 0, redirect: 1, webview: 1 },
      decisions: [{ action: 'deny' }, { action: 'deny' }, { action: 'deny' }],
      opened: ['https://developers.facebook.com/docs/marketing-api/conversions-api'],
    })
  })
})
