import { contract } from '../../src/shared/contract'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSandboxFixtures } from '../../src/meta-sandbox/sandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../src/meta-sandbox/startSandbox'
import { journeySecretStore } from '../setup/testKeychain'
import { launchChromium } from './harness/chromium'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const berlinClid = 'ARAkBerlinClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

/** Both themes of one step: test/artifacts/composer-<name>-dark.png and -light.png. */
async function shoot(session: WorkbenchSession, name: string): Promise<void> {
  await session.setTheme('dark')
  await session.screenshot(`composer-${name}-dark`)
  await session.setTheme('light')
  await session.screenshot(`composer-${name}-light`)
  await session.setTheme('dark')
}

async function newEvent(page: Page, connectionName: string): Promise<void> {
  await runPaletteCommand(page, 'new event')
  const composer = page.getByTestId('composer').last()
  await composer.waitFor()
  const select = composer.getByLabel('Connection')
  const value = await select.locator('option', { hasText: connectionName }).getAttribute('value')
  await select.selectOption(value ?? '')
}

function field(page: Page, label: string | RegExp) {
  return page.getByTestId('composer').getByLabel(label, { exact: typeof label === 'string' })
}

describe('composer journeys in Chromium against the sandbox', () => {
  let browser: Browser
  let sandbox: RunningSandbox
  let session: WorkbenchSession
  let page: Page

  beforeAll(async () => {
    const secretStore = await journeySecretStore('composer')
    const fixtures = parseSandboxFixtures(
      JSON.parse(await readFile(resolve('resources/sandbox/default.json'), 'utf8')),
      'default.json',
    )
    sandbox = await startSandbox({ fixtures })
    browser = await launchChromium()
    session = await openWorkbench({ browser, theme: 'dark', dependencies: { secretStore } })
    page = session.page
    const endpoint = { kind: 'sandbox' as const, url: sandbox.url }
    const connections = [
      {
        name: 'Sandbox store',
        datasetId: '123456789012345',
        testEventCode: 'TEST12345',
        assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
      },
      {
        name: 'Berlin store',
        datasetId: '223456789012345',
        testEventCode: 'TEST777',
        assets: { whatsapp: { id: '200000000000001', country: 'DE' } },
      },
      {
        name: 'Berlin Page',
        datasetId: '223456789012345',
        testEventCode: 'TEST778',
        assets: { page: { id: '200000000000002', country: 'DE' } },
      },
      {
        name: 'Zero-received demo',
        datasetId: '9000000000000008',
        testEventCode: 'TEST1',
        assets: { whatsapp: { id: '900000000000008', country: 'US' } },
      },
      {
        name: 'Fault demo (reset)',
        datasetId: '9000000000000002',
        testEventCode: 'TEST1',
        assets: {},
      },
    ]
    for (const connection of connections) {
      // Handlers take the parsed input, as the dispatcher hands it over.
      const saved = await session.handlers['connections.save'](
        contract['connections.save'].input.parse({ ...connection, endpoint }),
      )
      await session.handlers['connections.setToken']({ id: saved.id, token })
    }
  })

  afterAll(async () => {
    await session?.close()
    await browser?.close()
    await sandbox?.close()
  })

  it('composes a WhatsApp Purchase from scratch and sends it as a test event', async () => {
    await newEvent(page, 'Sandbox store')
    await field(page, 'Click ID (ctwa_clid)').fill(clid)
    await field(page, 'Currency').fill('usd')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('49.90')
    await field(page, 'Event ID optional').fill('order-10042')
    await field(page, 'Email').fill('John_Smith@gmail.com')
    await field(page, 'Phone').fill('+1 (650) 555-1212')
    const status = await page.getByTestId('status-connection').innerText()
    const preview = await page.getByRole('region', { name: 'Payload preview' }).innerText()
    await shoot(session, '1-compose')
    await page.keyboard.press('Control+Enter')
    await page.getByText('Conversions API test event sent').waitFor()
    const outcome = await page.getByTestId('outcome').innerText()
    await shoot(session, '2-sent')
    const listing = (await (
      await fetch(`${sandbox.url}/_sandbox/events?test_event_code=TEST12345`)
    ).json()) as { data: { eventName: string; channel: string; eventId: string }[] }
    expect({
      status: status.trim(),
      previewHasToken: preview.includes(token),
      previewHasHashedEmail: preview.includes(
        '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
      ),
      outcome: outcome.trim(),
      listed: listing.data.map((event) => [event.eventName, event.channel, event.eventId]),
      trafficHasToken: session.traffic.some(
        (line) => line.includes(token) && !line.includes('connections.setToken'),
      ),
    }).toEqual({
      status: `Sandbox store · Sandbox ${new URL(sandbox.url).host}`,
      previewHasToken: false,
      previewHasHashedEmail: true,
      outcome: 'Accepted',
      listed: [['Purchase', 'whatsapp', 'order-10042']],
      trafficHasToken: false,
    })
  })

  it('notes a WhatsApp account in a restricted region in one line, and the sandbox accepts', async () => {
    await newEvent(page, 'Berlin store')
    await field(page, 'Click ID (ctwa_clid)').fill(berlinClid)
    await field(page, 'Currency').fill('EUR')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('89')
    await field(page, 'Email').fill('hans.mueller@example.de')
    const composer = page.getByTestId('composer').last()
    const note = composer.locator('.field-problem.info', { hasText: 'Germany (DE)' })
    await note.waitFor()
    const noteText = await note.innerText()
    const notes = await note.count()
    const banners = await page.getByTestId('region-banner').count()
    await note.scrollIntoViewIfNeeded()
    await shoot(session, '3-region-note')
    await page.getByRole('button', { name: /Send test event/ }).click()
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    expect({
      banners,
      notes,
      says: noteText.includes('no source says Meta blocks CAPI events for a WABA there.'),
      noteEvidence: noteText.includes('assumption'),
    }).toEqual({ banners: 0, notes: 1, says: true, noteEvidence: true })
  })

  it('warns about a restricted Page before sending and explains Meta’s error after, with its evidence', async () => {
    await newEvent(page, 'Berlin Page')
    await page.getByTestId('composer').last().getByRole('radio', { name: 'Messenger' }).check()
    await field(page, 'Page ID').fill('200000000000002')
    await field(page, 'Page-scoped user ID (PSID)').fill('7000000000000001')
    await field(page, 'Currency').fill('EUR')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('89')
    await field(page, 'Email').fill('hans.mueller@example.de')
    const bannerHeight = (await page.getByTestId('region-banner').boundingBox())?.height ?? 0
    await shoot(session, '3b-region-warning')
    await page.getByTestId('region-banner').getByRole('button', { name: 'details' }).click()
    const banner = await page.getByTestId('region-banner').innerText()
    await shoot(session, '3c-region-details')
    await page.getByRole('button', { name: /Send test event/ }).click()
    await page.getByTestId('explanation').waitFor()
    const explanation = await page.getByTestId('explanation').innerText()
    await shoot(session, '4-region-error')
    expect({
      bannerIsOneLine: bannerHeight < 50,
      bannerNamesGermany: banner.includes('Germany (DE)'),
      bannerNamesError: banner.includes('Messaging Event Within Messaging Restrictive Region'),
      outcome: (await page.getByTestId('outcome').innerText()).trim(),
      explainsRegion: /restrict/i.test(explanation),
      rule: explanation.includes('R18'),
      evidence: explanation.includes('seen live'),
    }).toEqual({
      bannerIsOneLine: true,
      bannerNamesGermany: true,
      bannerNamesError: true,
      outcome: 'Meta error',
      explainsRegion: true,
      rule: true,
      evidence: true,
    })
  })

  it('shows a 200 that counted no events as a failure with its advice', async () => {
    await newEvent(page, 'Zero-received demo')
    await field(page, 'Click ID (ctwa_clid)').fill(clid)
    await field(page, 'Currency').fill('USD')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('10')
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('No events counted').waitFor()
    const explanation = await page.getByTestId('explanation').innerText()
    await shoot(session, '4b-zero-received')
    expect({
      title: explanation.includes('Meta counted none of the events'),
      safeToResend: explanation.includes('Safe to resend after the fix'),
      evidence: explanation.includes('seen live'),
    }).toEqual({ title: true, safeToResend: true, evidence: true })
  })

  it('fixes a broken draft by following the Problems list', async () => {
    await newEvent(page, 'Sandbox store')
    const send = page.getByRole('button', { name: /Send test event/ })
    await page.getByRole('tab', { name: 'PROBLEMS' }).click()
    const problems = page.getByRole('list', { name: 'Problems' })
    const before = await problems.getByRole('button').allInnerTexts()
    const disabledBefore = await send.isDisabled()
    await shoot(session, '5-problems')
    await problems
      .getByRole('button', { name: /ctwa_clid/i })
      .first()
      .focus()
    await page.keyboard.press('Enter')
    const focusedPath = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-field-path'),
    )
    await page.keyboard.type(clid)
    await problems
      .getByRole('button', { name: /currency/i })
      .first()
      .focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('BRL')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('120')
    const disabledAfter = await send.isDisabled()
    await shoot(session, '6-fixed')
    await send.click()
    await page.getByTestId('outcome').getByText('Accepted').waitFor()
    expect({
      hadErrors: before.length > 0,
      disabledBefore,
      focusedPath,
      disabledAfter,
    }).toEqual({
      hadErrors: true,
      disabledBefore: true,
      focusedPath: 'ids.ctwaClid',
      disabledAfter: false,
    })
  })

  it('shows a network fault clearly', async () => {
    await newEvent(page, 'Fault demo')
    await field(page, 'WhatsApp Business account ID').fill('100000000000001')
    await field(page, 'Click ID (ctwa_clid)').fill(clid)
    await field(page, 'Currency').fill('USD')
    await page.keyboard.press('Escape')
    await field(page, 'Value').fill('10')
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('outcome').getByText('Network error').waitFor()
    const explanation = await page.getByTestId('explanation').innerText()
    await shoot(session, '7-network-error')
    expect(explanation.length > 20).toBe(true)
  })
})
