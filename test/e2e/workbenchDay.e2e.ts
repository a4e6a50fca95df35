import { contract } from '../../src/shared/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../src/meta-sandbox/startSandbox'
import { journeySecretStore } from '../setup/testKeychain'
import { launchChromium } from './harness/chromium'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]

/**
 * A day's work at the Workbench (issue 15), at both window sizes and in both themes: switching
 * connection, a response per tab and a send in flight, the send checks, resizable parts, tabs,
 * keyboard and palette. Screenshots: test/artifacts/day-<size>-<step>-<theme>.png.
 */
describe.each(sizes)('a day at the Workbench at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`
  let browser: Browser
  let sandbox: RunningSandbox
  let session: WorkbenchSession
  let page: Page

  async function shoot(name: string): Promise<void> {
    await session.setTheme('dark')
    await session.screenshot(`day-${size}-${name}-dark`)
    await session.setTheme('light')
    await session.screenshot(`day-${size}-${name}-light`)
    await session.setTheme('dark')
  }

  const composer = () => page.getByTestId('composer').last()
  const field = (label: string) => composer().getByLabel(label, { exact: true })
  const fieldBox = (path: string) =>
    composer()
      .locator('.field')
      .filter({ has: page.locator(`[data-field-path="${path}"]`) })

  /** Moves the focused connection list with the arrow keys, option by option, to `name`. */
  async function chooseByKeyboard(name: string): Promise<string[]> {
    const select = composer().getByLabel('Connection')
    await select.focus()
    const { names, current } = await select.evaluate((element) => ({
      names: [...(element as HTMLSelectElement).options].map((option) => option.text),
      current: (element as HTMLSelectElement).selectedIndex,
    }))
    const target = names.findIndex((text) => text.startsWith(name))
    const passed: string[] = []
    for (let index = current; index !== target;) {
      index += target > index ? 1 : -1
      await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp')
      passed.push(names[index] ?? '')
    }
    return passed
  }

  async function newEvent(): Promise<void> {
    const tabs = page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab')
    const before = await tabs.count()
    await runPaletteCommand(page, 'nw evnt')
    await expect.poll(() => tabs.count()).toBe(before + 1)
    await composer().waitFor()
  }

  async function fillPurchase(): Promise<void> {
    await field('Click ID (ctwa_clid)').fill(clid)
    await field('Currency').fill('USD')
    await page.keyboard.press('Escape')
    await field('Value').fill('10')
  }

  beforeAll(async () => {
    const secretStore = await journeySecretStore(`day ${size}`)
    sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
    browser = await launchChromium()
    session = await openWorkbench({
      browser,
      theme: 'dark',
      viewport,
      dependencies: { secretStore },
    })
    page = session.page
    const endpoint = { kind: 'sandbox' as const, url: sandbox.url }
    const connections = [
      {
        name: 'Sandbox store',
        datasetId: '123456789012345',
        testEventCode: 'TEST12345',
        assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
        token: true,
      },
      {
        name: 'Berlin store',
        datasetId: '223456789012345',
        testEventCode: 'TEST777',
        assets: { whatsapp: { id: '200000000000001', country: 'DE' } },
        token: true,
      },
      {
        name: 'Fault demo: timeout',
        datasetId: '9000000000000001',
        testEventCode: 'TEST1',
        assets: {},
        token: true,
      },
      { name: 'No token store', datasetId: '323456789012345', assets: {}, token: false },
    ]
    for (const { token: withToken, ...connection } of connections) {
      const saved = await session.handlers['connections.save'](
        contract['connections.save'].input.parse({ ...connection, endpoint }),
      )
      if (withToken) await session.handlers['connections.setToken']({ id: saved.id, token })
    }
  })

  afterAll(async () => {
    await session?.close()
    await browser?.close()
    await sandbox?.close()
  })

  it('switching connection by keyboard: its values follow, typed ones stay and are flagged', async () => {
    await newEvent()
    const focusedFirst = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-field-path'),
    )
    await chooseByKeyboard('Sandbox store')
    const wabaField = field('WhatsApp Business account ID')
    const fromSandbox = [await wabaField.inputValue(), await field('Test event code').inputValue()]
    // Back up to Berlin: the keyboard passes through every connection in between.
    const passed = await chooseByKeyboard('Berlin store')
    const fromBerlin = [await wabaField.inputValue(), await field('Test event code').inputValue()]
    const berlinHint = await fieldBox('ids.whatsappBusinessAccountId').innerText()
    await shoot('1-connection-follows')
    await wabaField.fill('100000000000001')
    await page.getByRole('tab', { name: /PROBLEMS/ }).click()
    const problems = await page.getByRole('list', { name: 'Problems' }).innerText()
    const typedHint = await fieldBox('ids.whatsappBusinessAccountId').innerText()
    await shoot('1-typed-value-flagged')
    expect({
      focusedFirst,
      passedThrough: passed.length >= 1,
      fromSandbox,
      fromBerlin,
      berlinHint: berlinHint.includes('From the connection "Berlin store" (DE)'),
      typedHint: typedHint.includes("Typed here, not the connection's"),
      warning: problems.includes(
        '100000000000001 is not an asset of the connection "Berlin store": its WhatsApp Business account (WABA) is 200000000000001.',
      ),
    }).toEqual({
      focusedFirst: 'connection.datasetId',
      passedThrough: true,
      fromSandbox: ['100000000000001', 'TEST12345'],
      fromBerlin: ['200000000000001', 'TEST777'],
      berlinHint: true,
      typedHint: true,
      warning: true,
    })
  })

  it('each tab has its own response; a send in flight shows Sending… with Cancel, and Esc cancels', async () => {
    await newEvent()
    await page.getByRole('tab', { name: 'RESPONSE' }).click()
    const panel = page.getByRole('region', { name: 'Panel' })
    const empty = await panel.innerText()
    await chooseByKeyboard('Fault demo: timeout')
    await field('WhatsApp Business account ID').fill('100000000000001')
    await fillPurchase()
    await page.keyboard.press('Control+Enter')
    const sending = panel.getByTestId('sending')
    await sending.waitFor()
    await page.waitForTimeout(400)
    const inFlight = await sending.innerText()
    const cancelButton = await sending.getByRole('button', { name: /Cancel/ }).isVisible()
    await shoot('2-sending')
    await page.keyboard.press('Escape')
    await panel.getByTestId('outcome').waitFor()
    const cancelled = await panel.getByTestId('outcome').innerText()
    await shoot('2-cancelled')
    // The first tab never sent: its Response panel has no answer, not this tab's.
    await page
      .getByRole('tab', { name: /New event/ })
      .first()
      .click()
    const otherTab = await panel.innerText()
    expect({
      empty: empty.includes('No answer for this tab yet'),
      inFlight: /Sending…\s*\d+\.\d s/.test(inFlight),
      target: inFlight.includes('Fault demo: timeout'),
      cancelButton,
      cancelled: cancelled.trim(),
      otherTab: otherTab.includes('No answer for this tab yet'),
    }).toEqual({
      empty: true,
      inFlight: true,
      target: true,
      cancelButton: true,
      cancelled: 'Network error',
      otherTab: true,
    })
  })

  it('Send says why it cannot send next to the button; a history entry reopens in one tab', async () => {
    await newEvent()
    const toolbar = composer().locator('.composer-toolbar')
    const noConnection = await toolbar.innerText()
    const disabledWithout = await toolbar.getByRole('button', { name: /Send/ }).isDisabled()
    await chooseByKeyboard('No token store')
    const noToken = await toolbar.innerText()
    await shoot('3-send-blocked')
    await chooseByKeyboard('Sandbox store')
    await fillPurchase()
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    await page.getByRole('tab', { name: 'History', exact: true }).click()
    const row = page.locator('.history-row').first()
    await row.waitFor()
    const when = await row.locator('.history-meta').innerText()
    // By keyboard: the row's actions appear when focus is inside it.
    const reopen = async () => {
      await row.locator('.history-open').focus()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
    }
    await reopen()
    await page
      .getByRole('tab', { name: /from history/ })
      .first()
      .waitFor()
    await reopen()
    await page.waitForTimeout(300)
    const reopened = await page.getByRole('tab', { name: /from history/ }).count()
    await shoot('3-history')
    expect({
      noConnection: noConnection.includes('Choose a connection to send with.'),
      disabledWithout,
      noToken: noToken.includes('"No token store" has no token yet.'),
      dateShown: /\b20\d\d\b/.test(when),
      reopened,
    }).toEqual({
      noConnection: true,
      disabledWithout: true,
      noToken: true,
      dateShown: true,
      reopened: 1,
    })
  })

  it('side bar and panel resize as window splitters, are remembered, and the panel maximizes', async () => {
    const sideBar = page.getByRole('separator', { name: 'Resize side bar' })
    const panelSplitter = page.getByRole('separator', { name: 'Resize panel' })
    const sideBefore = Number(await sideBar.getAttribute('aria-valuenow'))
    await sideBar.focus()
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight')
    const sideAfter = Number(await sideBar.getAttribute('aria-valuenow'))
    const panelBefore = Number(await panelSplitter.getAttribute('aria-valuenow'))
    await panelSplitter.focus()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    const panelAfter = Number(await panelSplitter.getAttribute('aria-valuenow'))
    await page.keyboard.press('Enter')
    const editorHidden = await page.getByRole('main', { name: 'Editor' }).isHidden()
    await shoot('5-panel-maximized')
    await page.getByRole('button', { name: 'Restore panel size' }).click()
    const tabsBefore = await page.getByRole('tab', { name: /New event|from history/ }).count()
    await page.waitForTimeout(400)
    await page.reload()
    await page.getByTestId('workbench').waitFor()
    const remembered = Number(
      await page.getByRole('separator', { name: 'Resize side bar' }).getAttribute('aria-valuenow'),
    )
    await expect
      .poll(() => page.getByRole('tab', { name: /New event|from history/ }).count())
      .toBe(tabsBefore)
    await page
      .getByRole('tab', { name: /New event/ })
      .first()
      .click()
    const connection = await composer()
      .getByLabel('Connection')
      .evaluate((element) => {
        const select = element as HTMLSelectElement
        return select.options[select.selectedIndex]?.text ?? ''
      })
    await shoot('5-restored')
    expect({
      attributes: await sideBar.evaluate((element) => [
        element.getAttribute('aria-orientation'),
        element.getAttribute('aria-controls'),
        element.tabIndex,
      ]),
      sideGrew: sideAfter - sideBefore,
      panelGrew: panelAfter - panelBefore,
      editorHidden,
      remembered,
      connection: connection.startsWith('Berlin store'),
    }).toEqual({
      attributes: ['vertical', 'side-bar', 0],
      sideGrew: 30,
      panelGrew: 20,
      editorHidden: true,
      remembered: sideAfter,
      connection: true,
    })
  })

  it('tabs never overlap: the strip scrolls, lists every editor, and the keys switch and reopen', async () => {
    for (let count = 0; count < 6; count++) await newEvent()
    const strip = page.getByRole('tablist', { name: 'Open editors' })
    const boxes = await strip.locator('.tab').evaluateAll((tabs) =>
      tabs.map((tab) => {
        const box = tab.getBoundingClientRect()
        return [box.left, box.right]
      }),
    )
    const overlapping = boxes.some((box, index) => index > 0 && box[0]! < boxes[index - 1]![1]! - 1)
    const overflow = page.getByRole('button', { name: /Show open editors/ })
    await overflow.click()
    const menu = page.getByRole('menu', { name: 'Open editors' })
    const listed = await menu.getByRole('menuitem').count()
    const tabCount = await strip.getByRole('tab').count()
    await shoot('6-open-editors')
    await page.keyboard.press('Escape')
    const activeTitle = () => strip.locator('[role="tab"][aria-selected="true"]').innerText()
    const first = await activeTitle()
    await page.keyboard.press('Control+PageUp')
    const previous = await activeTitle()
    await page.keyboard.press('Control+PageDown')
    const back = await activeTitle()
    await runPaletteCommand(page, 'close editor')
    await expect.poll(() => strip.getByRole('tab').count()).toBe(tabCount - 1)
    await page.keyboard.press('Control+Shift+T')
    await expect.poll(() => strip.getByRole('tab').count()).toBe(tabCount)
    const reopened = await activeTitle()
    const title = await strip.locator('[role="tab"][aria-selected="true"]').getAttribute('title')
    await shoot('6-tabs')
    expect({
      overlapping,
      scrolls: await strip.evaluate((element) => element.scrollWidth > element.clientWidth),
      listedAll: listed === tabCount,
      switched: previous !== first && back === first,
      reopened: reopened === first,
      fullNameOnHover: title === first,
    }).toEqual({
      overlapping: false,
      scrolls: true,
      listedAll: true,
      switched: true,
      reopened: true,
      fullNameOnHover: true,
    })
  })

  it('keyboard: F8 walks problems, Ctrl+J focuses the panel; the palette matches fuzzily and lists shortcuts', async () => {
    await newEvent()
    await page.keyboard.press('F8')
    await page
      .waitForFunction(
        () => document.activeElement?.hasAttribute('data-field-path') === true,
        undefined,
        {
          timeout: 3000,
        },
      )
      .catch(() => {})
    const problemField = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-field-path'),
    )
    await page.keyboard.press('Control+j')
    // Focus moves once the panel has rendered (a frame later): wait for it, then read it.
    await page
      .waitForFunction(
        () => document.activeElement?.closest('[aria-label="Panel"]') !== null,
        undefined,
        { timeout: 3000 },
      )
      .catch(() => {})
    const inPanel = await page.evaluate(
      () => document.activeElement?.closest('[aria-label="Panel"]') !== null,
    )
    await page.keyboard.press('Control+Shift+P')
    const palette = page.getByRole('dialog', { name: 'Command Palette' })
    const input = palette.getByRole('combobox')
    await input.waitFor()
    const recentFirst = await palette.getByRole('option').first().innerText()
    const cancelListed = await palette.getByRole('option', { name: /Cancel Send/ }).count()
    // Under load the palette can show before it takes focus: keys typed then land behind it.
    await input.focus()
    await page.keyboard.type('nw evnt')
    await page.waitForFunction(
      () =>
        (document.querySelector('[role="dialog"] [role="combobox"]') as HTMLInputElement | null)
          ?.value === 'nw evnt',
    )
    // The list is filtered after the last key is handled: give it a moment to settle.
    await palette
      .getByRole('option')
      .first()
      .filter({ hasText: 'New Event' })
      .waitFor({ timeout: 5000 })
      .catch(() => {})
    const fuzzy = await palette.getByRole('option').first().innerText()
    await shoot('9-palette')
    await page.keyboard.press('Escape')
    await runPaletteCommand(page, 'keyboard shortcuts')
    const shortcuts = await page.getByTestId('keyboard-shortcuts').innerText()
    await shoot('9-shortcuts')
    expect({
      problemField: typeof problemField === 'string' && problemField.length > 0,
      inPanel,
      recentFirst: recentFirst.includes('New Event'),
      cancelListed,
      fuzzy: fuzzy.replace(/\s+/g, ' ').trim(),
      shortcuts: ['Ctrl+Shift+T', 'Ctrl+PageDown', 'F8', 'Escape', 'Alt+N', 'Ctrl+J'].filter(
        (key) => !shortcuts.includes(key),
      ),
    }).toEqual({
      problemField: true,
      inPanel: true,
      recentFirst: true,
      cancelListed: 0,
      fuzzy: 'Composer: New Event Ctrl+N',
      shortcuts: [],
    })
  })
})
