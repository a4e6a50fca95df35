import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../../src/meta-sandbox/startSandbox'
import { writeLaunchPage } from '../../src/server/launchPage'
import { type RunningWebServer, startWebServer } from '../../src/server/startWebServer'
import { journeySecretStore } from '../setup/testKeychain'
import { testDependencies } from '../support/testDependencies'
import { launchChromium } from './harness/chromium'
import { artifactsDirectory, rendererDirectory } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

/**
 * Browser mode end to end: the built renderer loaded over real HTTP from the guarded server, its
 * `api` module on the HTTP transport (no window.api, no exposeBinding), the real handler table.
 */
describe('browser mode in Chromium over real HTTP', () => {
  let browser: Browser
  let server: RunningWebServer
  let dataDirectory: string
  let sandbox: RunningSandbox
  const eventBus = new EventBus()
  const apiTraffic: string[] = []
  let secretStore: Awaited<ReturnType<typeof journeySecretStore>>

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
    secretStore = await journeySecretStore('browser mode')
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    server = await startWebServer({
      handlers: createServices(
        testDependencies(dataDirectory, { shell: 'browser', eventBus, secretStore }),
      ).handlers,
      eventBus,
      rendererDirectory,
    })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await sandbox?.close()
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
    // A push from main (the preset watcher's event) reaches the page over the event stream, and the
    // page answers it by listing the presets again.
    const listings = () => apiTraffic.filter((line) => line.includes('/api/presets.list')).length
    await expect.poll(listings, { timeout: 10_000 }).toBeGreaterThan(0)
    const before = listings()
    eventBus.emit('presets.changed', { origin: 'app', changes: [], quarantined: [] })
    await expect.poll(listings, { timeout: 10_000 }).toBeGreaterThan(before)
    expect(facts).toEqual({
      href: `${server.origin}/`,
      stored: server.secret,
      preload: false,
    })
    await page.context().close()
  })

  it('opens through the 0600 redirect page the browser is handed instead of the secret link', async () => {
    const pageUrl = await writeLaunchPage(dataDirectory, server.openUrl)
    expect(pageUrl.includes(server.secret)).toBe(false)
    const page = await openPage(pageUrl)
    await page.getByText('Browser mode').waitFor()
    const facts = await page.evaluate(() => ({
      origin: location.origin,
      hash: location.hash,
      stored: sessionStorage.getItem('capi-workbench.secret'),
    }))
    expect(facts).toEqual({ origin: server.origin, hash: '', stored: server.secret })
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

  /** A call over the same HTTP route the page uses (node:http, so nothing is stubbed). */
  function post(channel: string, input: unknown): Promise<{ ok: boolean; value?: { id: string } }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/${channel}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-workbench-secret': server.secret },
        },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () => resolve(JSON.parse(text) as { ok: boolean; value?: { id: string } }))
        },
      )
      req.on('error', reject)
      req.end(JSON.stringify({ input }))
    })
  }

  it('composes a WhatsApp Purchase, sends it to the sandbox as a test event and shows the answer', async () => {
    const token = 'SANDBOX-TOKEN-1234'
    const saved = await post('connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST24680',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    const tokenSet = await post('connections.setToken', { id: saved.value!.id, token })
    const page = await openPage(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    await runPaletteCommand(page, 'new event')
    const composer = page.getByTestId('composer').last()
    await composer.waitFor()
    const select = composer.getByLabel('Connection')
    const option = select.locator('option', { hasText: 'Sandbox store' })
    await select.selectOption((await option.getAttribute('value')) ?? '')
    const field = (label: string) => composer.getByLabel(label, { exact: true })
    await field('Click ID (ctwa_clid)').fill(
      'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
    )
    await field('Currency').fill('BRL')
    await page.keyboard.press('Escape')
    await field('Value').fill('120')
    await field('Email').fill('John_Smith@gmail.com')
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-compose.png') })
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-sent.png') })
    const listing = (await (
      await fetch(`${sandbox.url}/_sandbox/events?test_event_code=TEST24680`)
    ).json()) as { data: { eventName: string; channel: string }[] }
    await page.context().close()
    expect({
      tokenSet: tokenSet.ok,
      listed: listing.data.map((event) => [event.eventName, event.channel]),
      tokenInTraffic: apiTraffic.some((line) => line.includes(token)),
    }).toEqual({
      tokenSet: true,
      listed: [['Purchase', 'whatsapp']],
      tokenInTraffic: false,
    })
  })

  it('Test events view in browser mode: updates live from an outside program and from the app, over the guarded stream', async () => {
    const token = 'SANDBOX-TOKEN-1234'
    const page = await openPage(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    // What the page itself requests: it must never reach the sandbox, only its own server.
    const pageRequests: string[] = []
    page.on('request', (request) => pageRequests.push(new URL(request.url()).origin))
    await runPaletteCommand(page, 'open test events')
    const view = page.getByTestId('test-events').last()
    await view.waitFor()
    await view.getByLabel('Connection').selectOption({ label: 'Sandbox store — sandbox' })
    await view.getByLabel('Test event code').fill('TEST8800')
    await view.getByRole('button', { name: 'Show' }).click()
    await view.getByText(/Live: new events appear/).waitFor()
    await view.getByText('0 events for TEST8800').waitFor()
    // An outside program (a customer's integration pointed at the sandbox): a plain fetch.
    const outside = await fetch(`${sandbox.url}/v26.0/123456789012345/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'user-agent': 'acme-integration/2.1',
      },
      body: JSON.stringify({
        data: [
          {
            event_name: 'LeadSubmitted',
            event_time: Math.floor(Date.now() / 1000),
            action_source: 'business_messaging',
            messaging_channel: 'messenger',
            user_data: { page_id: '100000000000002', page_scoped_user_id: '7000000000000009' },
          },
        ],
        test_event_code: 'TEST8800',
      }),
    })
    await view.getByText('1 event for TEST8800').waitFor()
    // The app sends, over the same guarded HTTP route the page uses.
    const connections = (await post('connections.list', {})) as unknown as {
      value: { connections: { id: string; name: string }[] }
    }
    const connectionId = connections.value.connections.find(
      (entry) => entry.name === 'Sandbox store',
    )!.id
    const sent = (await post('events.send', {
      connectionId,
      draft: {
        schemaVersion: 1,
        channel: 'whatsapp',
        eventName: 'Purchase',
        eventTime: { mode: 'now' },
        ids: {
          whatsappBusinessAccountId: '100000000000001',
          ctwaClid: 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
        },
        customData: { currency: 'BRL', value: '120' },
        customer: { em: ['Rina@Example.co.id'] },
        testEventCode: 'TEST8800',
      },
    })) as unknown as { ok: boolean; value?: { outcome: string } }
    await view.getByText('2 events for TEST8800').waitFor()
    const cards = view.getByTestId('received-event')
    const newest = await cards.nth(0).innerText()
    const older = await cards.nth(1).innerText()
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-test-events-dark.png') })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-test-events-light.png') })
    // The event stream is guarded like every other call: without the secret it is refused.
    const unguarded = await page.evaluate(async () => {
      const response = await fetch('/api/events')
      return response.status
    })
    await page.context().close()
    expect({
      outside: outside.status,
      sent: sent.value?.outcome,
      newest: [newest.split('\n')[0], newest.includes('sent by this Workbench')],
      normalizedShown: newest.includes('rina@example.co.id'),
      older: [
        older.split('\n')[0],
        older.includes('sent by another program (acme-integration/2.1)'),
      ],
      unguarded,
      pageOrigins: [...new Set(pageRequests)],
    }).toEqual({
      outside: 200,
      sent: 'accepted',
      newest: ['Purchase', true],
      normalizedShown: true,
      older: ['LeadSubmitted', true],
      unguarded: 403,
      pageOrigins: [server.origin],
    })
  })

  it('gives browser-mode keys (Alt+N, Alt+W) in the palette, asks before leaving unsaved drafts', async () => {
    const page = await openPage(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    await page.keyboard.press('Control+Shift+P')
    const palette = page.getByRole('dialog', { name: 'Command Palette' })
    await palette.getByRole('combobox').waitFor()
    await page.keyboard.type('new event')
    const listed = (await palette.getByRole('option').first().innerText()).replace(/\s+/g, ' ')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Alt+N')
    const composer = page.getByTestId('composer').last()
    await composer.waitFor()
    await composer.getByLabel('Value', { exact: true }).fill('12')
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-alt-keys.png') })
    const tabsBefore = await page
      .getByRole('tablist', { name: 'Open editors' })
      .getByRole('tab')
      .count()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Alt+W')
    await expect
      .poll(() => page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab').count())
      .toBe(tabsBefore - 1)
    // Leaving with the draft still unsaved: the page's beforeunload handler asks (the browser
    // shows its own "Leave site?" dialog when the event is cancelled).
    await page.keyboard.press('Alt+N')
    await page.getByTestId('composer').last().getByLabel('Value', { exact: true }).fill('7')
    const dirtyLeave = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    })
    await page.context().close()
    expect({ listed, dirtyLeave }).toEqual({
      listed: 'Composer: New Event Alt+N',
      dirtyLeave: true,
    })
  })

  it('after a server restart an old tab says so plainly, and opening the new link in it works', async () => {
    const page = await openPage(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    const port = server.port
    await server.close()
    server = await startWebServer({
      handlers: createServices(
        testDependencies(dataDirectory, { shell: 'browser', eventBus, secretStore }),
      ).handlers,
      eventBus,
      rendererDirectory,
      port,
    })
    await page.getByRole('tab', { name: 'Connections', exact: true }).click()
    const banner = page.getByRole('alert').filter({ hasText: 'restarted' })
    await banner.waitFor()
    const said = await banner.innerText()
    const keychainClaim = await page.getByText('Keychain unavailable').count()
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-restarted.png') })
    // The new link differs only in its fragment: the page takes the new secret and starts again.
    await page.goto(server.openUrl)
    await page.getByText('Browser mode').waitFor()
    await expect.poll(() => banner.count()).toBe(0)
    const info = await page.evaluate(() => sessionStorage.getItem('capi-workbench.secret'))
    await page.screenshot({ path: join(artifactsDirectory, 'browser-mode-reconnected.png') })
    await page.context().close()
    expect({
      said: said.includes('The Workbench was restarted'),
      how: said.includes('#secret='),
      keychainClaim,
      info,
    }).toEqual({ said: true, how: true, keychainClaim: 0, info: server.secret })
  })
})
