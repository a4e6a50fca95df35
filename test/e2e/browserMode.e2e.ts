import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/createHandlers'
import { EventBus } from '../../src/main/eventBus'
import { type RunningWebServer, startWebServer } from '../../src/main/web/startWebServer'
import { testDependencies } from '../support/testDependencies'
import { launchChromium } from './harness/chromium'
import { artifactsDirectory, rendererDirectory } from './harness/openWorkbench'

/**
 * Browser mode end to end: the built renderer loaded over real HTTP from the guarded server, its
 * `api` module on the HTTP transport (no window.api, no exposeBinding), the real handler table.
 */
describe('browser mode in Chromium over real HTTP', () => {
  let browser: Browser
  let server: RunningWebServer
  let dataDirectory: string
  const eventBus = new EventBus()
  const apiTraffic: string[] = []

  async function openPage(url: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 860 },
      colorScheme: 'dark',
    })
    const page = await context.newPage()
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return
      if (new URL(response.url()).pathname === '/api/events') return
      void response
        .text()
        .then((body) => apiTraffic.push(`${response.status()} ${response.url()} ${body}`))
        .catch(() => {})
    })
    await page.goto(url)
    await page.getByTestId('workbench').waitFor()
    return page
  }

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'capi-browser-e2e-'))
    await mkdir(artifactsDirectory, { recursive: true })
    server = await startWebServer({
      handlers: createHandlers(testDependencies(dataDirectory, { shell: 'browser', eventBus })),
      eventBus,
      rendererDirectory,
    })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await rm(dataDirectory, { recursive: true, force: true })
  })

  it('opens from the printed link, keeps the secret in sessionStorage and off the URL, and calls main', async () => {
    const page = await openPage(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    const facts = await page.evaluate(() => ({
      href: location.href,
      stored: sessionStorage.getItem('capi-workbench.secret'),
      preload: 'api' in window,
    }))
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-welcome-dark.png') })
    await page.reload()
    await page.getByText('Browser mode').waitFor()
    expect(facts).toEqual({
      href: `${server.origin}/`,
      stored: server.secret,
      preload: false,
    })
    await page.context().close()
  })

  it('without the secret the page loads, says how to connect, and the server refuses calls', async () => {
    const page = await openPage(`${server.origin}/`)
    await page.getByText('Not connected').waitFor()
    const facts = await page.evaluate(async () => {
      const response = await fetch('/api/app.info', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      return {
        status: response.status,
        body: (await response.json()) as unknown,
        hint: document.querySelector('.status-remote')?.getAttribute('title'),
      }
    })
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-no-secret.png') })
    await page.context().close()
    expect(facts).toEqual({
      status: 403,
      body: { ok: false, error: { code: 'missing_secret', message: expect.any(String) } },
      hint: expect.stringContaining('#secret='),
    })
  })
})
