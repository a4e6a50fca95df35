import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  forwardEvents,
  type IpcInvokeEventLike,
  type IpcMainLike,
  registerIpc,
} from '../../../src/main/electron/ipcTransport'
import type { EventBus } from '../../../src/services/eventBus'
import type { HandlerTable } from '../../../src/services/ipc/handlerTable'

export const builtPreload = resolve('out/preload/index.cjs')

type Listener = (event: IpcInvokeEventLike, input: unknown) => Promise<unknown>

/** A stand-in for Electron's ipcMain: what registerIpc registers, callable by channel name. */
export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>()

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.listeners.set(channel, listener)
  }
}

/**
 * What runs in the page before the app: the BUILT preload (out/preload/index.cjs), given a fake
 * `electron` module. Its contextBridge defines `window.api` (read-only, as Electron's does), its
 * ipcRenderer structured-clones each argument (as Electron's IPC does) and hands the call to
 * main through one binding; pushes come back on the preload's own `ipcRenderer.on` listeners.
 * An init script is not subject to the page's CSP, so the preload runs unchanged under it.
 */
function initScript(preloadSource: string): string {
  return `(() => {
  const invoke = window.__capiIpcInvoke;
  const pushes = new Map();
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value, writable: false, configurable: false, enumerable: true });
      },
    },
    ipcRenderer: {
      invoke(channel, ...args) {
        try {
          return invoke(channel, structuredClone(args[0]));
        } catch (error) {
          return Promise.reject(new Error("An object could not be cloned. " + error.message));
        }
      },
      on(channel, listener) {
        const set = pushes.get(channel) ?? new Set();
        set.add(listener);
        pushes.set(channel, set);
      },
      removeListener(channel, listener) {
        pushes.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '__capiIpcPush', {
    value: (channel, payload) => pushes.get(channel)?.forEach((listener) => listener({}, structuredClone(payload))),
  });
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('The preload may only require electron, not ' + name);
  };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`
}

export interface PreloadBridge {
  ipcMain: FakeIpcMain
  /** Stops forwarding the event bus to the page. */
  stop: () => void
}

/**
 * Connects a page to the real main-side path of the desktop app: the built preload in the page,
 * structuredClone on both sides, the real registerIpc (sender check included) over a fake
 * ipcMain, and the real forwardEvents for pushes. The sender facts come from Playwright: the
 * frame that called, and whether it is the page's top frame.
 */
export async function installPreloadBridge(options: {
  context: BrowserContext
  handlers: HandlerTable
  eventBus: EventBus
  appUrl: () => string
  traffic: string[]
  log?: (message: string) => void
}): Promise<PreloadBridge & { attach: (page: Page) => void }> {
  const ipcMain = new FakeIpcMain()
  registerIpc(ipcMain, options.handlers, options.appUrl, options.log ?? (() => {}))
  await options.context.exposeBinding(
    '__capiIpcInvoke',
    async (source, channel: string, input: unknown) => {
      const listener = ipcMain.listeners.get(channel)
      if (!listener) throw new Error(`No handler registered for '${channel}'`)
      const top = source.page.mainFrame()
      const mainFrame = { url: top.url() }
      const senderFrame = source.frame === top ? mainFrame : { url: source.frame.url() }
      const result = await listener({ sender: { mainFrame }, senderFrame }, structuredClone(input))
      options.traffic.push(
        JSON.stringify({ name: channel.replace(/^renderer-to-main:/, ''), input, result }),
      )
      return structuredClone(result)
    },
  )
  await options.context.addInitScript({ content: initScript(await readFile(builtPreload, 'utf8')) })
  let stop = () => {}
  return {
    ipcMain,
    stop: () => stop(),
    attach(page) {
      stop = forwardEvents(options.eventBus, {
        isDestroyed: () => page.isClosed(),
        send: (channel: string, payload: unknown) => {
          void page
            .evaluate(
              ([name, data]) =>
                (
                  window as unknown as { __capiIpcPush: (n: string, d: unknown) => void }
                ).__capiIpcPush(name, data),
              [channel, payload] as const,
            )
            .catch(() => {})
        },
      })
    },
  }
}
