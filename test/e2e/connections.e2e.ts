import { randomBytes } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../src/meta-sandbox/startSandbox'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { journeySecretStore } from '../setup/testKeychain'
import { findCanary } from '../support/canaryScan'
import { launchChromium } from './harness/chromium'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'

/** A token that exists only for this run; it must never come back out of main. */
const canary = `CANARY|${randomBytes(16).toString('hex')}`

async function shoot(session: WorkbenchSession, name: string): Promise<void> {
  await session.setTheme('dark')
  await session.screenshot(`connections-${name}-dark`)
  await session.setTheme('light')
  await session.screenshot(`connections-${name}-light`)
  await session.setTheme('dark')
}

function editor(page: Page) {
  return page.locator('.connection-editor').last()
}

async function asset(page: Page, label: string, id: string, country: string): Promise<void> {
  await editor(page).getByLabel(`${label} ID`, { exact: true }).fill(id)
  await editor(page).getByLabel(`${label} country (ISO code)`).fill(country)
}

describe('connections journeys in Chromium against the sandbox', () => {
  let browser: Browser
  let sandbox: RunningSandbox
  let session: WorkbenchSession
  let page: Page

  beforeAll(async () => {
    const secretStore = await journeySecretStore('connections')
    const fixtures = defaultSandboxFixtures()
    fixtures.tokens.push({ ...fixtures.tokens[0]!, token: canary, name: 'Canary user' })
    sandbox = await startSandbox({ fixtures })
    browser = await launchChromium()
    session = await openWorkbench({ browser, theme: 'dark', dependencies: { secretStore } })
    page = session.page
  })

  afterAll(async () => {
    await session?.close()
    await browser?.close()
    await sandbox?.close()
  })

  it('adds a connection, stores a token, checks it and shows problems with fixes', async () => {
    await page.getByRole('tab', { name: 'Connections' }).click()
    await page.getByText('No connections yet').waitFor()
    await shoot(session, '1-empty')
    await page.getByRole('button', { name: 'Add connection' }).click()
    await editor(page).getByLabel('Name', { exact: true }).fill('Sandbox store')
    await editor(page).getByLabel('Dataset ID', { exact: true }).fill('123456789012345')
    await editor(page).getByLabel('Endpoint', { exact: true }).selectOption('sandbox')
    await editor(page).getByLabel('Endpoint URL', { exact: true }).fill(sandbox.url)
    await asset(page, 'WhatsApp Business account', '100000000000001', 'BR')
    await asset(page, 'Instagram account', '200000000000002', 'de')
    await shoot(session, '2-new')
    await editor(page).getByRole('button', { name: 'Save', exact: true }).click()
    await editor(page).getByLabel('Token', { exact: true }).waitFor()
    await editor(page).getByLabel('Token', { exact: true }).fill(canary)
    await editor(page)
      .getByRole('button', { name: /Save to keychain/ })
      .click()
    await editor(page).getByText('…').first().waitFor()
    const tokenState = await editor(page).locator('.token-state').innerText()
    await shoot(session, '3-token-set')
    await editor(page).getByRole('button', { name: 'Check', exact: true }).click()
    const result = page.getByRole('region', { name: 'Check result' })
    await result.getByText('Check failed').waitFor()
    const failed = await result.innerText()
    await shoot(session, '4-check-failed')

    await asset(page, 'Instagram account', '', '')
    await editor(page).getByRole('button', { name: 'Save', exact: true }).click()
    await editor(page).getByRole('button', { name: 'Check', exact: true }).click()
    await page.getByRole('region', { name: 'Check result' }).getByText('Check passed').waitFor()
    await shoot(session, '5-check-passed')
    const row = await page.locator('.connection-row').first().innerText()

    const dom = await page.content()
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    )
    const replies = session.traffic.map((line) => {
      const {
        name,
        input,
        result: reply,
      } = JSON.parse(line) as { name: string; input: unknown; result: unknown }
      return JSON.stringify(name === 'connections.setToken' ? reply : { input, reply })
    })
    expect({
      tokenState: tokenState.includes('in the OS keychain'),
      failedMentions: [
        failed.includes('Instagram'),
        failed.includes('not linked'),
        failed.includes('Fix:'),
        failed.includes('restricted region'),
      ],
      row: row.includes('Sandbox store'),
      leaks: findCanary(
        canary,
        new Map([
          ['dom', dom],
          ['storage', storage],
          ...replies.map((reply, index): [string, string] => [`ipc ${index}`, reply]),
        ]),
      ),
    }).toEqual({
      tokenState: true,
      failedMentions: [true, true, true, true],
      row: true,
      leaks: [],
    })
  })

  it('shows a clear state when the keychain is unavailable', async () => {
    const locked = await openWorkbench({
      browser,
      theme: 'dark',
      dependencies: {
        secretStore: new MemorySecretStore({
          problem:
            'No D-Bus session bus was found, so the Secret Service (the Linux keychain) cannot be reached.',
          fix: 'Use the app in a desktop session where gnome-keyring or KWallet runs and is unlocked.',
        }),
      },
    })
    try {
      await locked.page.getByRole('tab', { name: 'Connections' }).click()
      const banner = locked.page.getByRole('alert').filter({ hasText: 'Keychain unavailable' })
      await banner.waitFor()
      await shoot(locked, '6-keychain-unavailable')
      expect(await banner.innerText()).toContain('never keeps a token in a file')
    } finally {
      await locked.close()
    }
  })
})
