import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../../src/meta-sandbox/startSandbox'
import { dispatch } from '../../src/services/ipc/dispatch'
import { journeySecretStore } from '../setup/testKeychain'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
/** One letter changed: still a well-formed click ID, so only Meta (the sandbox) can say it is unknown. */
const wrongClid = clid.replace('Docs', 'Dogs')

/**
 * "The customer's failing event vs. the one that works" in one click: a Purchase the sandbox
 * accepts and the same Purchase with a click ID it does not know (2804087), both sent from the
 * composer; in History both are ticked and compared; the Compare tab names the differences, shows
 * the hashed email with its normalized value and both answers. Then the composer's draft is
 * compared with a recorded send from the palette.
 */
describe('Compare in Chromium', () => {
  let session: WorkbenchSession
  let sandbox: RunningSandbox
  let page: Page

  async function shoot(name: string): Promise<void> {
    await session.setTheme('dark')
    await session.screenshot(`compare-${name}-dark`)
    await session.setTheme('light')
    await session.screenshot(`compare-${name}-light`)
    await session.setTheme('dark')
  }

  beforeAll(async () => {
    const secretStore = await journeySecretStore('compare')
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    session = await openWorkbench({ theme: 'dark', dependencies: { secretStore } })
    page = session.page
    const saved = await dispatch(session.handlers, 'connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST11223',
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

  it('sends a working and a failing Purchase, ticks both in History and compares them', async () => {
    await runPaletteCommand(page, 'new event')
    const composer = page.getByTestId('composer').last()
    await composer.waitFor()
    const select = composer.getByLabel('Connection')
    const option = select.locator('option', { hasText: 'Sandbox store' })
    await select.selectOption((await option.getAttribute('value')) ?? '')
    const field = (label: string) => composer.getByLabel(label, { exact: true })
    await field('Click ID (ctwa_clid)').fill(clid)
    await field('Currency').fill('USD')
    await page.keyboard.press('Escape')
    await field('Value').fill('49.90')
    await field('Email').fill('John_Smith@gmail.com')
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    await field('Click ID (ctwa_clid)').fill(wrongClid)
    await page.keyboard.press('Control+Enter')
    await expect
      .poll(async () => {
        const listing = await dispatch(session.handlers, 'history.list', {})
        return listing.ok ? (listing.value as { entries: unknown[] }).entries.length : 0
      })
      .toBe(2)
    await page.getByTestId('outcome').getByText('Meta error').waitFor()

    await page.getByRole('tab', { name: 'History', exact: true }).click()
    const rows = page.locator('.history-row')
    await rows.nth(1).waitFor()
    await rows.nth(0).getByRole('checkbox').check()
    // Ctrl-click ticks the second send (a plain click would open it in the inspector).
    await rows
      .nth(1)
      .locator('.history-open')
      .click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Compare Selected' }).click()
    const editor = page.getByTestId('compare-editor')
    const summary = editor.getByTestId('compare-summary')
    await summary.waitFor()
    await shoot('history')
    const body = editor.getByRole('region', { name: 'Request body' })
    const answer = editor.getByRole('region', { name: 'Answer' })
    const changedPaths = await body.locator('.compare-changed .compare-path').allInnerTexts()
    const statusRow = await answer.locator('tr', { hasText: 'status' }).first().innerText()
    await editor.getByLabel('Show unchanged fields').check()
    const emailRow = await body.locator('tr', { hasText: 'user_data.em[0]' }).innerText()
    await editor.getByRole('button', { name: 'Next difference' }).click()
    const focused = await page.evaluate(() => document.activeElement?.className ?? '')
    await page.keyboard.press('Alt+ArrowDown')
    const focusedNext = await page.evaluate(
      () => document.activeElement?.querySelector('.compare-path')?.textContent ?? '',
    )
    await shoot('history-unchanged')
    expect({
      summary: await summary.innerText(),
      // event_time is "now" at each send: changed unless both went out in the same second.
      changedPaths: changedPaths
        .map((text) => text.trim())
        .filter((path) => path !== 'data[0].event_time'),
      statusRow: statusRow.replace(/\s+/g, ' ').trim(),
      emailShowsValue: emailRow.includes('= john_smith@gmail.com'),
      focused: focused.includes('compare-changed'),
      focusedNext,
    }).toEqual({
      summary: expect.stringMatching(
        /^\d+ differences?: .*data\[0\]\.user_data\.ctwa_clid changed/,
      ),
      changedPaths: ['data[0].user_data.ctwa_clid'],
      statusRow: 'status 200 400',
      emailShowsValue: true,
      focused: true,
      focusedNext: expect.stringMatching(/^(data\[0\]|status|body)/),
    })
  })

  it('compares the active draft with a recorded send from the palette (quick pick)', async () => {
    await page
      .getByRole('tab', { name: /New event/ })
      .first()
      .click()
    await runPaletteCommand(page, 'Compare Active Editor with History')
    const pick = page.getByRole('dialog', { name: 'Compare Active Editor with History Entry' })
    await pick.getByRole('option').first().waitFor()
    const options = await pick.getByRole('option').count()
    await page.keyboard.type('accepted')
    await shoot('pick')
    await page.keyboard.press('Enter')
    const editor = page.getByTestId('compare-editor').last()
    await editor.getByTestId('compare-summary').waitFor()
    const sides = await editor.locator('.compare-sides').innerText()
    await shoot('draft')
    expect({
      options,
      left: /History: Purchase .* 200/.test(sides),
      right: sides.includes('Draft: '),
      clid: await editor
        .getByRole('region', { name: 'Request body' })
        .locator('.compare-changed', { hasText: 'ctwa_clid' })
        .count(),
    }).toEqual({ options: 2, left: true, right: true, clid: 1 })
  })
})
