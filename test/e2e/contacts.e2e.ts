import { createHash } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/services/ipc/dispatch'
import { journeySecretStore } from '../setup/testKeychain'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A CSV as a spreadsheet exports it: quoted commas, a nested column, a workflow value, a bad row. */
const peopleCsv = [
  'name,email,phone,address.city,workflow.order_total,channel,psid',
  '"Tanaka, Yuki",yuki@example.jp,+81 90 1234 5678,Tokyo,12000,messenger,7000000000000001',
  ',nobody@example.com,,,,,',
  'Ana Souza,ana@example.com.br,+55 11 98765-4321,"Rio de Janeiro",99.90,whatsapp,',
].join('\r\n')

/**
 * Sample contacts: the built-in samples seeded on first run, a contact created in the editor with
 * nested keys, a CSV import with a row that is reported, the contact used in the composer (the
 * preview shows the hashed value), and the unknown-variable fix that opens the contact.
 */
describe('contacts in Chromium', () => {
  let session: WorkbenchSession
  let page: Page

  async function shoot(name: string): Promise<void> {
    await session.setTheme('dark')
    await session.screenshot(`contacts-${name}-dark`)
    await session.setTheme('light')
    await session.screenshot(`contacts-${name}-light`)
    await session.setTheme('dark')
  }

  const editor = () => page.locator('form.contact-editor')

  beforeAll(async () => {
    const secretStore = await journeySecretStore('contacts')
    // The desktop app's file watching (the harness's 'test' shell has it off by default).
    session = await openWorkbench({
      theme: 'dark',
      dependencies: { secretStore, watchFiles: true },
    })
    page = session.page
    const saved = await dispatch(session.handlers, 'connections.save', {
      name: 'Sandbox store',
      datasetId: '123456789012345',
      testEventCode: 'TEST12345',
      endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:8765' },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
    })
    if (!saved.ok) throw new Error(saved.error.message)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('lists the built-in samples and creates a contact with nested keys in the editor', async () => {
    await runPaletteCommand(page, 'Show Contacts')
    const list = page.getByRole('list', { name: 'Contacts' })
    await list.getByText('Maria Silva (Brazil)').waitFor()
    // The view loads on demand and borrows the Connections view's row styles: they must arrive with
    // it, not only once the Connections view has been opened (a row is a borderless flex button).
    expect(
      await list
        .locator('.contact-open')
        .first()
        .evaluate((row) => [getComputedStyle(row).display, getComputedStyle(row).borderTopWidth]),
    ).toEqual(['flex', '0px'])
    await page.getByRole('button', { name: 'New contact' }).click()
    await editor().waitFor()
    await editor().getByLabel('Name', { exact: true }).fill('Rina Wijaya')
    await editor().getByLabel('Contact fields: value of email').fill('rina@example.co.id')
    await editor().getByRole('button', { name: 'Add field' }).click()
    await editor().getByLabel('Contact fields: key 2').fill('address.city')
    await editor().getByLabel('Contact fields: value of address.city').fill('Jakarta')
    await editor().getByRole('button', { name: 'Add value' }).click()
    await editor().getByLabel('Workflow values: key 1').fill('order_total')
    await editor().getByLabel('Workflow values: value of order_total').fill('150000')
    await editor().getByLabel('Channel').selectOption('whatsapp')
    await shoot('editor')
    await page.keyboard.press('Control+s')
    await list.getByText('Rina Wijaya').waitFor()
    const file = join(session.dataDirectory, 'contacts', 'rina-wijaya.json')
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    expect({
      names: await list.locator('.connection-name').allInnerTexts(),
      contact: saved.contact,
      workflow: saved.workflow,
      channel: saved.channel,
      mode: ((await stat(file)).mode & 0o777).toString(8),
      tab: await page.locator('.tab-label[aria-selected="true"]').innerText(),
    }).toEqual({
      names: [
        'Hans Müller (Germany)',
        'John Smith (United States)',
        'Maria Silva (Brazil)',
        'Rina Wijaya',
      ],
      contact: { email: 'rina@example.co.id', address: { city: 'Jakarta' } },
      workflow: { order_total: '150000' },
      channel: 'whatsapp',
      mode: '600',
      tab: expect.stringContaining('Rina Wijaya'),
    })
  })

  it('imports a CSV from the palette and reports the row it could not import', async () => {
    const chooser = page.waitForEvent('filechooser')
    await runPaletteCommand(page, 'Import Contacts from JSON or CSV')
    await (
      await chooser
    ).setFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(peopleCsv) })
    const report = page.getByRole('region', { name: 'Last contact import' })
    await report.waitFor()
    await shoot('import')
    await page.getByRole('list', { name: 'Contacts' }).getByText('Tanaka, Yuki').waitFor()
    const tanaka = JSON.parse(
      await readFile(join(session.dataDirectory, 'contacts', 'tanaka-yuki.json'), 'utf8'),
    ) as Record<string, unknown>
    expect({
      report: await report.innerText(),
      tanaka: [tanaka.channel, tanaka.psid, tanaka.contact, tanaka.workflow],
    }).toEqual({
      report: expect.stringMatching(/Imported 2 from people\.csv \(CSV\)[\s\S]*row 3: no name/),
      tanaka: [
        'messenger',
        '7000000000000001',
        { email: 'yuki@example.jp', phone: '+81 90 1234 5678', address: { city: 'Tokyo' } },
        { order_total: '12000' },
      ],
    })
  })

  it('uses a contact in the composer and follows an unknown variable to the contact', async () => {
    await runPaletteCommand(page, 'new event')
    const composer = page.getByTestId('composer').last()
    await composer.waitFor()
    const connection = composer.getByLabel('Connection')
    await connection.selectOption(
      (await connection.locator('option', { hasText: 'Sandbox store' }).getAttribute('value')) ??
        '',
    )
    await composer.getByLabel('Sample contact').selectOption({ label: 'Rina Wijaya' })
    await composer.getByLabel('Email', { exact: true }).fill('{{contact.email}}')
    await composer.getByLabel('Phone', { exact: true }).fill('{{contact.phone}}')
    const preview = page.getByRole('region', { name: 'Payload preview' })
    await preview.getByText(sha256('rina@example.co.id')).waitFor()
    const fix = composer.getByRole('button', { name: 'Add {{contact.phone}} to Rina Wijaya' })
    await fix.waitFor()
    await shoot('unknown-variable')
    await fix.click()
    await editor().waitFor()
    const phone = editor().getByLabel('Contact fields: value of phone')
    await expect.poll(() => phone.evaluate((node) => node === document.activeElement)).toBe(true)
    await page.keyboard.type('+62 812 3456 7890')
    await shoot('fix')
    await page.keyboard.press('Control+s')
    // Saved: the Save button loses its unsaved-changes dot.
    await editor().getByRole('button', { name: 'Save', exact: true }).waitFor()
    await page
      .getByRole('tab', { name: /Purchase|Event|New/ })
      .first()
      .click()
    await preview.getByText(sha256('6281234567890')).waitFor()
    await shoot('composer')
    expect({
      fixGone: await composer.getByRole('button', { name: /Add \{\{contact\.phone\}\}/ }).count(),
      stored: JSON.parse(
        await readFile(join(session.dataDirectory, 'contacts', 'rina-wijaya.json'), 'utf8'),
      ).contact,
    }).toEqual({
      fixGone: 0,
      stored: {
        email: 'rina@example.co.id',
        address: { city: 'Jakarta' },
        phone: '+62 812 3456 7890',
      },
    })
  })

  it('records the chosen contact in a preset and selects it when the preset opens', async () => {
    await page.keyboard.press('Control+s')
    await page.getByText(/Saved preset "/).waitFor()
    const presetFile = join(session.dataDirectory, 'presets', 'purchase-whatsapp.json')
    const preset = JSON.parse(await readFile(presetFile, 'utf8')) as Record<string, unknown>
    await runPaletteCommand(page, 'Close Editor')
    await runPaletteCommand(page, 'Show Presets')
    await page.getByRole('tree', { name: 'Presets' }).getByText(String(preset.name)).click()
    const picker = page.getByTestId('composer').last().getByLabel('Sample contact')
    await expect.poll(() => picker.locator('option:checked').innerText()).toBe('Rina Wijaya')
    expect(preset.defaultContact).toBe('Rina Wijaya')
  })

  it('fills the Workflow Step contact from a stored contact', async () => {
    await runPaletteCommand(page, 'New Workflow Step')
    const contact = page.getByRole('form', { name: 'Contact' }).last()
    await contact.getByLabel('Stored contact').selectOption({ label: 'Tanaka, Yuki' })
    await contact.getByLabel('PSID (page-scoped user ID)').waitFor()
    await shoot('step')
    expect({
      messenger: await contact.getByRole('radio', { name: 'Messenger' }).isChecked(),
      psid: await contact.getByLabel('PSID (page-scoped user ID)').inputValue(),
      fields: await contact.getByLabel(/Contact fields/).inputValue(),
      workflow: await contact.getByLabel(/Workflow variables/).inputValue(),
    }).toEqual({
      messenger: true,
      psid: '7000000000000001',
      fields: 'email: yuki@example.jp\nphone: +81 90 1234 5678\naddress.city: Tokyo',
      workflow: 'order_total: 12000',
    })
  })

  it('a contact file written by another program appears without a reload; unsaved edits are warned, not overwritten', async () => {
    await runPaletteCommand(page, 'Show Contacts')
    const list = page.getByRole('list', { name: 'Contacts' })
    const file = join(session.dataDirectory, 'contacts', 'lena-berg.json')
    const written = (email: string) =>
      JSON.stringify({ name: 'Lena Berg', contact: { email }, workflow: {} }, null, 2) + '\n'
    await writeFile(file, written('lena@example.se'))
    await list.getByText('Lena Berg').waitFor()
    await list.getByText('Lena Berg').click()
    await editor().getByLabel('Name', { exact: true }).waitFor()
    await editor().getByLabel('Name', { exact: true }).fill('Lena Berg (mine)')
    await writeFile(file, written('lena@disk.example'))
    const banner = editor().locator('.contact-disk-banner')
    await banner.getByText(/changed on disk/).waitFor()
    await shoot('changed-on-disk')
    const kept = await editor().getByLabel('Name', { exact: true }).inputValue()
    await banner.getByRole('button', { name: 'Reload from disk' }).click()
    await banner.waitFor({ state: 'detached' })
    expect({
      kept,
      reloaded: await editor().getByLabel('Contact fields: value of email').inputValue(),
      file: JSON.parse(await readFile(file, 'utf8')).contact,
    }).toEqual({
      kept: 'Lena Berg (mine)',
      reloaded: 'lena@disk.example',
      file: { email: 'lena@disk.example' },
    })
  })

  it('brings back an unsaved Raw Request body and Workflow Step after the page reloads', async () => {
    // The Workflow Step tab of the journey above holds an unsaved contact (Tanaka, Yuki).
    await runPaletteCommand(page, 'New Raw Request')
    const content = page.getByTestId('raw-editor').locator('.cm-content')
    await content.waitFor()
    const body = '{"data": [{"event_name": "Lead",  "n": 12345678901234567890}]}'
    await content.fill(body)
    await page.waitForTimeout(900) // the autosave waits 500 ms after the last keystroke
    await page.reload()
    await page.getByText(/Restored \d+ unsaved tabs? from the last session/).waitFor()
    const rawTab = page.getByRole('tab', { name: /Raw Request/ }).last()
    await rawTab.click()
    await page.getByTestId('raw-editor').locator('.cm-content').waitFor()
    const restoredBody = await page.getByTestId('raw-editor').locator('.cm-content').innerText()
    await page
      .getByRole('tab', { name: /Workflow step/ })
      .last()
      .click()
    const contact = page.getByRole('form', { name: 'Contact' }).last()
    await contact.getByLabel('PSID (page-scoped user ID)').waitFor()
    await shoot('restored-step')
    expect({
      restoredBody,
      psid: await contact.getByLabel('PSID (page-scoped user ID)').inputValue(),
      workflow: await contact.getByLabel(/Workflow variables/).inputValue(),
    }).toEqual({ restoredBody: body, psid: '7000000000000001', workflow: 'order_total: 12000' })
  })
})
