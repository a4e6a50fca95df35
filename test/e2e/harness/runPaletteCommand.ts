import type { Page } from 'playwright-core'

/**
 * Runs a command through the palette the way a person does, without racing React: the words are
 * typed only once the palette has focus (keys pressed earlier would land in the form behind it),
 * Enter only once a matching command is listed, and it returns when the palette has closed.
 */
export async function runPaletteCommand(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P')
  const palette = page.getByRole('dialog', { name: 'Command Palette' })
  const input = palette.getByRole('combobox')
  await input.waitFor()
  // Under load the palette can be visible before it takes focus: give it focus before typing.
  await input.focus()
  await page.keyboard.type(words)
  await palette.getByRole('option').first().waitFor()
  await page.keyboard.press('Enter')
  await palette.waitFor({ state: 'detached' })
}
