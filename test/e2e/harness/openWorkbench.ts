import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { channelNames, eventNames } from '../../../src/shared/contract'
import { createHandlers, type ServiceDependencies } from '../../../src/services/createHandlers'
import { ensurePrivateDirectory } from '../../../src/services/dataDirectory'
import { EventBus } from '../../../src/services/eventBus'
import { dispatch } from '../../../src/services/ipc/dispatch'
import type { HandlerTable } from '../../../src/services/ipc/handlerTable'
import { testDependencies } from '../../support/testDependencies'
import { launchChromium } from './chromium'
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
 * Opens the built renderer in Chromium. The page gets the same `window.api` the preload gives,
 * but each call is answered by the real handler table in this process (exposeBinding), so E2E
 * journeys exercise the real services.
 */
export async function openWorkbench(options: OpenOptions = {}): Promise<WorkbenchSession> {
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(join(tmpdir(), 'capi-e2e-')))
  await ensurePrivateDirectory(dataDirectory)
  await mkdir(artifactsDirectory, { recursive: true })
  const eventBus = new EventBus()
  const handlers = createHandlers(
    testDependencies(dataDirectory, { eventBus, ...options.dependencies }),
  )
  const server = await serveDirectory(rendererDirectory)
  const ownBrowser = options.browser ? undefined : await launchChromium()
  const browser = options.browser ?? ownBrowser!
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 860 },
    colorScheme: options.theme ?? 'dark',
  })
  const traffic: string[] = []
  await context.exposeBinding(
    '__workbenchInvoke',
    async (_source, name: string, input: unknown) => {
      const result = await dispatch(handlers, name, input, {
        onUnexpected: (channel, error) => console.error(channel, error),
      })
      traffic.push(JSON.stringify({ name, input, result }))
      return result
    },
  )
  await context.addInitScript(
    ({ names, events }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>()
      const invoke = (
        window as unknown as {
          __workbenchInvoke: (name: string, input: unknown) => Promise<unknown>
        }
      ).__workbenchInvoke
      const api: Record<string, unknown> = {}
      for (const name of names) api[name] = (input?: unknown) => invoke(name, input)
      api.on = (event: string, listener: (payload: unknown) => void) => {
        if (!events.includes(event)) throw new Error(`Unknown event ${event}`)
        const set = listeners.get(event) ?? new Set()
        set.add(listener)
        listeners.set(event, set)
        return () => set.delete(listener)
      }
      ;(window as unknown as { api: unknown }).api = Object.freeze(api)
      ;(window as unknown as { __workbenchEmit: unknown }).__workbenchEmit = (
        event: string,
        payload: unknown,
      ) => listeners.get(event)?.forEach((listener) => listener(payload))
    },
    { names: channelNames as string[], events: eventNames as string[] },
  )
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const unsubscribe = eventBus.subscribe((name, payload) => {
    void page
      .evaluate(
        ([event, data]) =>
          (
            window as unknown as { __workbenchEmit: (e: unknown, d: unknown) => void }
          ).__workbenchEmit(event, data),
        [name, payload] as const,
      )
      .catch(() => {})
  })
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
      unsubscribe()
      await context.close()
      if (ownBrowser) await ownBrowser.close()
      await server.close()
      if (!options.dataDirectory) await rm(dataDirectory, { recursive: true, force: true })
      if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`)
    },
  }
}
