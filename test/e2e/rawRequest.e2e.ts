import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import type { HandlerTable } from '../../src/services/ipc/handlerTable'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../../src/meta-sandbox/startSandbox'
import { type RunningWebServer, startWebServer } from '../../src/server/startWebServer'
import { journeySecretStore } from '../setup/testKeychain'
import { testDependencies } from '../support/testDependencies'
import { launchChromium } from './harness/chromium'
import { artifactsDirectory, rendererDirectory } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

/** A customer's body as pasted from their logs: a token inside, a 20-digit integer, odd spacing. */
function customerBody(eventTime: number): string {
  return `{"access_token": "${token}", "data": [{"event_name": "Purchase", "event_time": ${eventTime}, "event_id": "raw-e2e-1", "action_source": "business_messaging", "messaging_channel": "whatsapp", "user_data": {"whatsapp_business_account_id": "100000000000001", "ctwa_clid": "${clid}"}, "custom_data": {"currency": "USD", "value": 49.90, "order_ref": 12345678901234567890}}], "test_event_code": "TESTRAW1"}`
}

/**
 * The raw request editor in browser mode (real HTTP, the CSP sent as a header): palette "New Raw
 * Request", CodeMirror loaded on demand and styled under `style-src 'self'`, diagnostics with line
 * and column, the Connection picker, Ctrl+Enter to the sandbox, the answer in the inspector, the
 * body byte for byte (token removed), an entry in History.
 */
describe('raw request editor in Chromium over browser mode', () => {
  let browser: Browser
  let server: RunningWebServer
  let sandbox: RunningSandbox
  let dataDirectory: string
  let handlers: HandlerTable
  let page: Page
  const eventBus = new EventBus()

  async function shoot(name: string): Promise<void> {
    for (const theme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await page.screenshot({ path: join(artifactsDirectory, `raw-${name}-${theme}.png`) })
    }
    await page.emulateMedia({ colorScheme: 'dark' })
  }

  async function call(channel: string, input: unknown): Promise<{ id: string }> {
    const result = await dispatch(handlers, channel, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as { id: string }
  }

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'capi-raw-e2e-'))
    await mkdir(artifactsDirectory, { recursive: true })
    const secretStore = await journeySecretStore('raw request')
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    handlers = createServices(
      testDependencies(dataDirectory, { shell: 'browser', eventBus, secretStore }),
    ).handlers
    server = await startWebServer({ handlers, eventBus, rendererDirectory })
    const saved = await call('connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST24680',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    await call('connections.setToken', { id: saved.id, token })
    await call('connections.save', {
      name: 'Second shop',
      datasetId: '123456789012345',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: {},
    })
    browser = await launchChromium()
    const context = await browser.newContext({
      viewport: { width: 1360, height: 860 },
      colorScheme: 'dark',
    })
    // Every CSP violation the page reports (a blocked <style>, an eval) fails the journey.
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
      )
    })
    page = await context.newPage()
    await page.goto(server.openUrl)
    await page.getByTestId('workbench').waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await sandbox?.close()
    await rm(dataDirectory, { recursive: true, force: true })
  })

  it('opens from the palette, loads CodeMirror on demand and renders it styled under the CSP', async () => {
    const scriptsBefore = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('createJsonEditor')),
    )
    await runPaletteCommand(page, 'New Raw Request')
    await page.getByRole('tab', { name: /Raw Request/ }).waitFor()
    const editor = page.getByTestId('raw-editor')
    await editor.locator('.cm-content').waitFor()
    const select = editor.getByLabel('Connection')
    const option = select.locator('option', { hasText: 'Sandbox store' })
    await select.selectOption((await option.getAttribute('value')) ?? '')
    await page.keyboard.press('Escape')
    const facts = await page.evaluate(() => {
      const host = document.querySelector('[data-testid="raw-code-editor"]')
      const root = host?.shadowRoot
      const scroller = root?.querySelector('.cm-scroller')
      const key = [...(root?.querySelectorAll('.cm-content span') ?? [])].find(
        (span) => span.textContent === '"data"',
      )
      return {
        adopted: root?.adoptedStyleSheets.length ?? 0,
        styleElements: document.querySelectorAll('style').length,
        scrollerDisplay: scroller ? getComputedStyle(scroller).display : '',
        gutter: Boolean(root?.querySelector('.cm-gutters')),
        keyColored: key
          ? getComputedStyle(key).color !==
            getComputedStyle(root!.querySelector('.cm-content')!).color
          : false,
        violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
        loaded: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('createJsonEditor')).length,
      }
    })
    await shoot('new')
    expect({ before: scriptsBefore.length, ...facts }).toEqual({
      before: 0,
      adopted: 1,
      styleElements: 0,
      scrollerDisplay: 'flex',
      gutter: true,
      keyColored: true,
      violations: [],
      loaded: 1,
    })
  })

  it('shows a syntax error and a validator problem with line and column, in the editor and the Problems panel', async () => {
    const content = page.getByTestId('raw-editor').locator('.cm-content')
    await content.fill('{\n  "data": [\n    {"event_name": "Purchase",}\n  ]\n}')
    await page.locator('.cm-lint-marker-error').first().waitFor()
    await page.getByTestId('raw-editor').getByTitle('Show the Problems panel').click()
    const problems = page.getByRole('list', { name: 'Problems' })
    await problems.getByText(/Ln 3, Col 31/).waitFor()
    await shoot('syntax-error')
    await content.fill('{\n  "data": [\n    {"event_name": "Purchase"}\n  ]\n}')
    await problems
      .getByText(/Ln 3, Col 5/)
      .first()
      .waitFor()
    await page.keyboard.press('F8')
    await shoot('problems')
    const listed = await problems.getByRole('button').count()
    expect(listed).toBeGreaterThan(1)
  })

  it('sends with Ctrl+Enter: accepted in the inspector, body byte for byte without the token, in History', async () => {
    const body = customerBody(Math.floor(Date.now() / 1000) - 60)
    const content = page.getByTestId('raw-editor').locator('.cm-content')
    await content.fill(body)
    await page.getByText(/access_token is removed before sending/).waitFor()
    await content.click()
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    await shoot('sent')
    const listing = await dispatch(handlers, 'history.list', {})
    const entries = listing.ok ? (listing.value as { entries: { id: string }[] }).entries : []
    const entry = await dispatch(handlers, 'history.get', { id: entries[0]?.id ?? '' })
    const sent = entry.ok ? (entry.value as { request: { body?: string } }).request.body : undefined
    await runPaletteCommand(page, 'Show History')
    await page
      .getByText('raw-e2e-1')
      .or(page.getByText(/Purchase/))
      .first()
      .waitFor()
    await shoot('history')
    expect({
      entries: entries.length,
      sent,
      tokenAnywhere: JSON.stringify(entry).includes(token),
    }).toEqual({
      entries: 1,
      sent: body.replace(`"access_token": "${token}", `, ''),
      tokenAnywhere: false,
    })
  })

  it('formats and minifies without changing a digit', async () => {
    await runPaletteCommand(page, 'New Raw Request')
    const editor = page.getByTestId('raw-editor')
    const content = editor.locator('.cm-content')
    await content.waitFor()
    await content.fill('{"data":[],"n":12345678901234567890,"v":1.50}')
    await editor.getByRole('button', { name: 'Format' }).click()
    await editor.getByText('"n": 12345678901234567890').waitFor()
    await shoot('formatted')
    await editor.getByRole('button', { name: 'Minify' }).click()
    await editor.getByText('{"data":[],"n":12345678901234567890,"v":1.50}').waitFor()
  })

  it('opens a pasted customer body from Import as a raw request, unchanged', async () => {
    await runPaletteCommand(page, 'Import Payload')
    const pasted = '[{"event_name": "Lead", "n": 12345678901234567890}]'
    await page.getByLabel('Payload or cURL command').fill(pasted)
    await page.getByRole('button', { name: 'Open as Raw Request' }).click()
    await page.getByRole('tab', { name: /Raw Request: import/ }).waitFor()
    const content = page.getByTestId('raw-editor').locator('.cm-content')
    await content.waitFor()
    expect(await content.innerText()).toBe(`{"data": ${pasted}}`)
  })

  it('saves the body as a raw preset (Ctrl+S), reopens it from the Explorer byte for byte, guards unsaved edits', async () => {
    const body =
      '{"data": [{"event_name": "Purchase",  "messaging_channel": "whatsapp", "custom_data": {"order_ref": 12345678901234567890, "value": 1.50}}]}'
    await runPaletteCommand(page, 'New Raw Request')
    const editor = page.getByTestId('raw-editor')
    const content = editor.locator('.cm-content')
    await content.waitFor()
    await content.fill(body)
    await content.click()
    await page.keyboard.press('Control+S')
    await page.getByText('Saved preset "Raw – Purchase – WhatsApp".').waitFor()
    const tab = page.getByRole('tab', { name: /Raw – Purchase – WhatsApp/ })
    await tab.waitFor()
    const listing = await dispatch(handlers, 'presets.list', undefined)
    const summaries = listing.ok
      ? (listing.value as { presets: { id: string; kind: string }[] }).presets
      : []
    // An edit makes the tab dirty: closing asks first (the composer's guard), and "no" keeps it.
    await content.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' ')
    let asked = ''
    page.once('dialog', (dialog) => {
      asked = dialog.message()
      void dialog.dismiss()
    })
    await runPaletteCommand(page, 'Close Editor')
    await tab.waitFor()
    // Ctrl+S again writes the same file (no second preset), then the tab closes without a question.
    await page.keyboard.press('Control+S')
    await page.getByText('Saved preset "Raw – Purchase – WhatsApp".').first().waitFor()
    await runPaletteCommand(page, 'Close Editor')
    await tab.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Shift+E')
    const tree = page.getByRole('tree', { name: 'Presets' })
    const row = tree.locator('[data-node="raw-purchase-whatsapp"]')
    await row.waitFor()
    const kindLabel = await row.getByRole('img').first().getAttribute('aria-label')
    await row.click()
    await tab.waitFor()
    await editor.locator('.cm-content').waitFor()
    await shoot('preset-reopened')
    const reopened = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="raw-code-editor"]')?.shadowRoot
      return [...(root?.querySelectorAll('.cm-line') ?? [])]
        .map((line) => line.textContent)
        .join('\n')
    })
    const stored = await dispatch(handlers, 'presets.get', { id: 'raw-purchase-whatsapp' })
    const after = await dispatch(handlers, 'presets.list', undefined)
    expect({
      summaries: summaries.map((preset) => [preset.id, preset.kind]),
      asked: asked.includes('unsaved changes'),
      kindLabel,
      reopened,
      stored: stored.ok ? (stored.value as { preset: { body: string } }).preset.body : '',
      count: after.ok ? (after.value as { presets: unknown[] }).presets.length : -1,
    }).toEqual({
      summaries: [['raw-purchase-whatsapp', 'raw']],
      asked: true,
      kindLabel: 'Raw request preset',
      reopened: `${body} `,
      stored: `${body} `,
      count: 1,
    })
  })
})
