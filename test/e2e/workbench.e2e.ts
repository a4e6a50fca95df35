import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'

describe('workbench skeleton in Chromium', () => {
  let session: WorkbenchSession

  beforeAll(async () => {
    session = await openWorkbench({ theme: 'dark' })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('shows the welcome view, the activity bar and the status bar with app.info from main', async () => {
    const { page } = session
    await expect(page.getByRole('heading', { name: 'CAPI Workbench' }).isVisible()).resolves.toBe(
      true,
    )
    await page.getByText('Test harness').waitFor()
    const views = await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((tab) => (tab as HTMLElement).getAttribute('aria-label')))
    expect(views).toEqual(['Presets', 'Connections', 'History', 'Contacts'])
    await session.screenshot('skeleton-welcome-dark')
    await session.setTheme('light')
    await session.screenshot('skeleton-welcome-light')
    await session.setTheme('dark')
  })

  it('opens the command palette with Ctrl+Shift+P, filters, and runs a command with Enter', async () => {
    const { page } = session
    await page.keyboard.press('Control+Shift+P')
    const palette = page.getByRole('dialog', { name: 'Command Palette' })
    await palette.waitFor()
    await session.screenshot('skeleton-palette-dark')
    await page.keyboard.type('toggle panel')
    const options = await palette.getByRole('option').allInnerTexts()
    expect(options.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'View: Toggle Panel Visibility',
    ])
    await page.keyboard.press('Enter')
    await palette.waitFor({ state: 'detached' })
    expect(await page.getByRole('region', { name: 'Panel' }).count()).toBe(0)
    await page.keyboard.press('F1')
    await palette.waitFor()
    await page.keyboard.press('Escape')
    await palette.waitFor({ state: 'detached' })
  })
})
