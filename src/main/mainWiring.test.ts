import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

/**
 * The desktop app's wiring (src/main/index.ts) run against a fake `electron` module: whatever
 * index.ts forgets to call (hardenSession, hardenWindow, registerIpc) shows up here as a handler
 * that was never installed.
 */
const fake = vi.hoisted(() => {
  const calls: string[] = []
  const contentsHandlers = new Map<string, unknown>()
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  let loaded: (value: string) => void = () => {}
  const loadedFile = new Promise<string>((resolve) => (loaded = resolve))
  const webContents = {
    on: (name: string, handler: unknown) => void contentsHandlers.set(name, handler),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => void (windowOpenHandler = handler),
    isDestroyed: () => false,
    send: () => {},
  }
  class BrowserWindow {
    webContents = webContents
    constructor(readonly options: unknown) {
      calls.push('new BrowserWindow')
    }
    once() {}
    isMinimized() {
      return false
    }
    restore() {}
    focus() {}
    show() {}
    loadURL(url: string) {
      loaded(url)
      return Promise.resolve()
    }
    loadFile(path: string) {
      loaded(path)
      return Promise.resolve()
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      enableSandbox: () => void calls.push('enableSandbox'),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent',
      isPackaged: true,
      on: () => {},
      quit: () => {},
    },
    BrowserWindow,
    clipboard: { writeText: () => {} },
    nativeTheme: { shouldUseDarkColors: true },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) =>
        void ipcHandlers.set(channel, listener),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => void calls.push('setPermissionCheckHandler'),
        webRequest: { onHeadersReceived: () => void calls.push('onHeadersReceived') },
      },
    },
    shell: { openExternal: () => Promise.resolve() },
  }
  return {
    electron,
    calls,
    contentsHandlers,
    ipcHandlers,
    loadedFile,
    windowOpen: (url: string) => windowOpenHandler?.({ url }),
  }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const home = mkdtempSync(join(tmpdir(), 'capi-main-wiring-'))
const previousHome = process.env.CAPI_WORKBENCH_HOME
process.env.CAPI_WORKBENCH_HOME = home
afterAll(() => {
  if (previousHome === undefined) delete process.env.CAPI_WORKBENCH_HOME
  else process.env.CAPI_WORKBENCH_HOME = previousHome
})

describe('src/main/index.ts wiring', () => {
  it('hardens the session and the window, and registers IPC with the sender check', async () => {
    await import('./index')
    const loaded = await fake.loadedFile
    const copy = fake.ipcHandlers.get('renderer-to-main:app.copyText')!
    const appPage = { url: `file://${loaded}` }
    const fromApp = await copy(
      { sender: { mainFrame: appPage }, senderFrame: appPage },
      {
        text: 'x',
      },
    )
    const evil = { url: 'https://evil.example/' }
    const fromElsewhere = await copy(
      { sender: { mainFrame: evil }, senderFrame: evil },
      {
        text: 'x',
      },
    )
    expect({
      calls: fake.calls,
      windowGuards: [...fake.contentsHandlers.keys()].sort(),
      windowOpen: fake.windowOpen('https://evil.example/')?.action,
      channels: fake.ipcHandlers.size > 30,
      fromApp: (fromApp as { ok: boolean }).ok,
      fromElsewhere: (fromElsewhere as { error?: { code: string } }).error?.code,
    }).toEqual({
      calls: [
        'enableSandbox',
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'onHeadersReceived',
        'new BrowserWindow',
      ],
      windowGuards: ['will-attach-webview', 'will-navigate', 'will-redirect'],
      windowOpen: 'deny',
      channels: true,
      fromApp: true,
      fromElsewhere: 'forbidden',
    })
  })
})
