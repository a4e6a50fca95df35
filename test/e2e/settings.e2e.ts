import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../../src/meta-sandbox/startSandbox'
import { dispatch } from '../../src/services/ipc/dispatch'
import { journeySecretStore } from '../setup/testKeychain'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'

/**
 * Settings (settings.json: a broken file, unknown keys, saving and applying without a restart) and
 * per-tab send settings (an x-sandbox-fault header and a timeout, shown in the request as sent and
 * in Copy as cURL).
 */
describe('settings and per-request send settings in Chromium', () => {
  let session: WorkbenchSession
  let sandbox: RunningSandbox
  let page: Page

  async function shoot(name: string): Promise<void> {
    await session.setTheme('dark')
    await session.screenshot(`settings-${name}-dark`)
    await session.setTheme('light')
    await session.screenshot(`settings-${name}-light`)
    await session.setTheme('dark')
  }

  beforeAll(async () => {
    const secretStore = await journeySecretStore('settings')
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    // The desktop app's file watching (the harness's 'test' shell has it off by default).
    session = await openWorkbench({
      theme: 'dark',
      dependencies: { secretStore, watchFiles: true },
    })
    page = session.page
    const saved = await dispatch(session.handlers, 'connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST13579',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    if (!saved.ok) throw new Error(saved.error.message)
    await dispatch(session.handlers, 'connections.setToken', {
      id: (saved.value as { id: string }).id,
      token,
    })
  })

  afterAll(async () => {
    await session?.close()
    await sandbox?.close()
  })

  it('reports a broken settings.json with line and column, uses the defaults and does not overwrite it', async () => {
    const file = join(session.dataDirectory, 'settings.json')
    await writeFile(file, '{\n  "send.timeoutMs": 2000\n  "history.size": 50\n}\n')
    await runPaletteCommand(page, 'Open Settings')
    const editor = page.getByRole('form', { name: 'Settings' })
    await editor.getByText(/Ln 3, Col 3/).waitFor()
    await shoot('broken')
    const saveDisabled = await editor.getByRole('button', { name: 'Save settings' }).isDisabled()
    const timeout = await editor.getByLabel('Send timeout (seconds)').inputValue()
    expect({ saveDisabled, timeout, file: await readFile(file, 'utf8') }).toEqual({
      saveDisabled: true,
      timeout: '10',
      file: '{\n  "send.timeoutMs": 2000\n  "history.size": 50\n}\n',
    })
  })

  it('saves changed values, keeps unknown keys (flagged) and applies the theme without a restart', async () => {
    const file = join(session.dataDirectory, 'settings.json')
    await writeFile(file, '{\n  "my.own": true\n}\n')
    const editor = page.getByRole('form', { name: 'Settings' })
    // A hand edit is read at the next look: the reloaded page reads the file again.
    await page.reload()
    await page.getByTestId('workbench').waitFor()
    await runPaletteCommand(page, 'Open Settings')
    await editor.getByText(/Unknown setting "my.own"/).waitFor()
    await editor.getByLabel('Send timeout (seconds)').fill('2.5')
    await editor.getByLabel('Theme').selectOption('light')
    await editor.getByLabel('Send timeout (seconds)').fill('0.5')
    await editor.getByText('From 1.5 to 60 seconds.').waitFor()
    await shoot('invalid')
    await editor.getByLabel('Send timeout (seconds)').fill('2.5')
    await editor.getByRole('button', { name: 'Save settings' }).click()
    await editor.getByText(/Saved; applies now/).waitFor()
    const theme = await page.evaluate(() => document.documentElement.dataset.theme)
    await page.screenshot({ path: 'test/artifacts/settings-saved-light.png' })
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    expect({
      theme,
      mine: onDisk['my.own'],
      timeout: onDisk['send.timeoutMs'],
      themeOnDisk: onDisk['workbench.theme'],
    }).toEqual({ theme: 'light', mine: true, timeout: 2500, themeOnDisk: 'light' })
    await editor.getByLabel('Theme').selectOption('system')
    await editor.getByRole('button', { name: 'Save settings' }).click()
    await editor.getByText(/Saved; applies now/).waitFor()
  })

  it('a hand edit of settings.json applies without a reload; a broken edit is reported and left alone', async () => {
    const file = join(session.dataDirectory, 'settings.json')
    const editor = page.getByRole('form', { name: 'Settings' })
    await writeFile(file, '{\n  "send.timeoutMs": 4000,\n  "workbench.theme": "light"\n}\n')
    await expect.poll(() => editor.getByLabel('Send timeout (seconds)').inputValue()).toBe('4')
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light')
    await page.screenshot({ path: 'test/artifacts/settings-live-edit-light.png' })
    const broken = '{\n  "send.timeoutMs": 4000\n  "workbench.theme": "light"\n}\n'
    await writeFile(file, broken)
    const notice = page.getByText(/settings.json has an error at line 3, column 3/)
    await notice.waitFor()
    await editor.getByText(/Ln 3, Col 3/).waitFor()
    const timeoutWhileBroken = await editor.getByLabel('Send timeout (seconds)').inputValue()
    await page.screenshot({ path: 'test/artifacts/settings-live-broken-light.png' })
    await writeFile(file, '{\n  "workbench.theme": "dark"\n}\n')
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark')
    await page.screenshot({ path: 'test/artifacts/settings-live-edit-dark.png' })
    expect({ timeoutWhileBroken, fileWhileBroken: broken }).toEqual({
      timeoutWhileBroken: '10',
      fileWhileBroken: broken,
    })
  })

  it('the theme command and the status bar item write workbench.theme to settings.json', async () => {
    const file = join(session.dataDirectory, 'settings.json')
    const themeOnDisk = async () =>
      (JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>)['workbench.theme']
    // dark → light (System → Dark → Light → System)
    await runPaletteCommand(page, 'Switch Color Theme')
    await expect.poll(themeOnDisk).toBe('light')
    const afterCommand = await page.evaluate(() => document.documentElement.dataset.theme)
    await page.getByRole('button', { name: /Theme: Light/ }).click()
    await expect.poll(themeOnDisk).toBe('system')
    await page.getByRole('button', { name: /Theme: System/ }).click()
    await expect.poll(themeOnDisk).toBe('dark')
    const afterStatus = await page.evaluate(() => document.documentElement.dataset.theme)
    await session.screenshot('settings-theme-command-dark')
    expect({ afterCommand, afterStatus }).toEqual({ afterCommand: 'light', afterStatus: 'dark' })
    await page.getByRole('button', { name: /Theme: Dark/ }).click()
    await page.getByRole('button', { name: /Theme: Light/ }).click()
    await expect.poll(themeOnDisk).toBe('system')
  })

  it('a tab’s extra header and timeout reach the sandbox, and show in the request and in Copy as cURL', async () => {
    await runPaletteCommand(page, 'New Raw Request')
    const editor = page.getByTestId('raw-editor')
    await editor.locator('.cm-content').waitFor()
    await editor.getByLabel('Extra headers').fill('x-sandbox-fault: timeout')
    await editor.getByLabel('Timeout (s)').fill('1.5')
    await shoot('raw-headers')
    const started = Date.now()
    await editor.getByRole('button', { name: 'Send' }).click()
    await page.getByTestId('outcome').waitFor()
    await page
      .getByText(/timed out|timeout/i)
      .first()
      .waitFor()
    const elapsed = Date.now() - started
    await page.getByText('Request headers').click()
    await shoot('raw-timeout')
    const curl = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Copy as cURL'),
      )
      return button ? 'found' : 'missing'
    })
    const listing = await dispatch(session.handlers, 'history.list', {})
    const id = listing.ok ? (listing.value as { entries: { id: string }[] }).entries[0]?.id : ''
    const copied = await dispatch(session.handlers, 'transfer.copyAs', {
      format: 'curl',
      historyId: id,
    })
    const text = copied.ok ? (copied.value as { text: string }).text : ''
    expect({
      elapsedUnderFour: elapsed < 4000,
      curl,
      curlHasHeader: text.includes("'x-sandbox-fault: timeout'"),
      headerShown: await page.getByText('x-sandbox-fault').first().isVisible(),
    }).toEqual({ elapsedUnderFour: true, curl: 'found', curlHasHeader: true, headerShown: true })
  })
})

describe('per-tab send settings in the composer', () => {
  let session: WorkbenchSession
  let sandbox: RunningSandbox

  beforeAll(async () => {
    const secretStore = await journeySecretStore('composer send settings')
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    session = await openWorkbench({ theme: 'dark', dependencies: { secretStore } })
    const saved = await dispatch(session.handlers, 'connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST97531',
      endpoint: { kind: 'sandbox', url: sandbox.url },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    if (!saved.ok) throw new Error(saved.error.message)
    await dispatch(session.handlers, 'connections.setToken', {
      id: (saved.value as { id: string }).id,
      token,
    })
  })

  afterAll(async () => {
    await session?.close()
    await sandbox?.close()
  })

  it('an extra header set on a composer tab reaches the sandbox and is shown with the request', async () => {
    const page = session.page
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
    await field('Currency').fill('USD')
    await page.keyboard.press('Escape')
    await field('Value').fill('49.90')
    await field('Email').fill('John_Smith@gmail.com')
    await field('Extra headers').fill('x-sandbox-fault: http500')
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').waitFor()
    await page.getByText('Request headers').click()
    await session.screenshot('settings-composer-headers-dark')
    const listing = await dispatch(session.handlers, 'history.list', {})
    const entry = listing.ok
      ? (listing.value as { entries: { outcome: string; status?: number }[] }).entries[0]
      : undefined
    expect({
      outcome: entry?.outcome,
      status: entry?.status,
      shown: await page.getByText('x-sandbox-fault').first().isVisible(),
    }).toEqual({ outcome: 'meta_error', status: 500, shown: true })
  })
})
