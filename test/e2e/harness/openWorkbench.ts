import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createServices, type ServiceDependencies } from '../../../src/services/createServices'
import { ensurePrivateDirectory } from '../../../src/services/dataDirectory'
import { EventBus } from '../../../src/services/eventBus'
import type { HandlerTable } from '../../../src/services/ipc/handlerTable'
import { testDependencies } from '../../support/testDependencies'
import { launchChromium } from './chromium'
import { installPreloadBridge } from './preloadBridge'
import { serveDirectory } from './serveDirectory'

export const artifactsDirectory = resolve('test/artifacts')
export const rendererDirectory = resolve('out/renderer')

export interface WorkbenchSession {
  page: Page
  context: BrowserContext
  handlers: HandlerTable
  eventBus: EventBus
  dataDirectory: string
  /** Everything the page sent to main and got back, for leak checks. */
  traffic: string[]
  screenshot: (name: string) => Promise<string>
  setTheme: (theme: 'dark' | 'light') => Promise<void>
  close: () => Promise<void>
}

export interface OpenOptions {
  browser?: Browser
  theme?: 'dark' | 'light'
  dataDirectory?: string
  /** The window size (default 1360×860). */
  viewport?: { width: number; height: number }
  /** Extra dependencies for the composition root (e.g. a secret store). */
  dependencies?: Partial<ServiceDependencies>
}

/**
 * Opens the built renderer in Chromium over the desktop app's own path: the BUILT preload
 * (out/preload/index.cjs) with a fake contextBridge/ipcRenderer, structuredClone both ways, the
 * real registerIpc (sender check included) over a fake ipcMain, and the real services from the
 * composition root (preloadBridge.ts). So every journey crosses the same preload, serialization
 * and IPC registration as the desktop app.
 */
export async function openWorkbench(options: OpenOptions = {}): Promise<WorkbenchSession> {
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(join(tmpdir(), 'capi-e2e-')))
  await ensurePrivateDirectory(dataDirectory)
  await mkdir(artifactsDirectory, { recursive: true })
  const eventBus = new EventBus()
  const handlers = createServices(
    testDependencies(dataDirectory, { eventBus, ...options.dependencies }),
  ).handlers
  const server = await serveDirectory(rendererDirectory)
  const ownBrowser = options.browser ? undefined : await launchChromium()
  const browser = options.browser ?? ownBrowser!
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 860 },
    colorScheme: options.theme ?? 'dark',
  })
  const traffic: string[] = []
  const bridge = await installPreloadBridge({
    context,
    handlers,
    eventBus,
    appUrl: () => server.url,
    traffic,
    log: (message) => console.error(`[ipc] ${message}`),
  })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  bridge.attach(page)
  await page.goto(server.url)
  await page.getByTestId('workbench').waitFor()

  return {
    page,
    context,
    handlers,
    eventBus,
    dataDirectory,
    traffic,
    screenshot: async (name) => {
      const path = join(artifactsDirectory, `${name}.png`)
      await page.screenshot({ path })
      return path
    },
    setTheme: (theme) => page.emulateMedia({ colorScheme: theme }),
    close: async () => {
      bridge.stop()
      await context.close()
      if (ownBrowser) await ownBrowser.close()
      await server.close()
      if (!options.dataDirectory) await rm(dataDirectory, { recursive: true, force: true })
      if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`)
    },
  }
}
