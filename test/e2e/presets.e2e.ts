import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HistoryStore, type RecordSendInput } from '../../src/services/history/historyStore'
import { revisionOf } from '../../src/services/presets/presetFiles'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { createEmptyDraft } from '../../src/shared/capi/model/eventDraft'
import { launchChromium } from './harness/chromium'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

/**
 * An outside edit as git or a careful editor makes it: a whole new file renamed over the old one.
 * (A plain in-place write can be caught half-written by the app's listing; the race itself is
 * tested in src/services/presets/presetStoreRace.test.ts.)
 */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.e2e.tmp`)
  await writeFile(temporary, text)
  await rename(temporary, file)
}

const canary = 'EAABcanaryTOKEN1234567890abcdefgh'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'

async function shoot(session: WorkbenchSession, name: string): Promise<void> {
  const dismiss = session.page.getByRole('button', { name: 'Dismiss notification' })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
  await session.setTheme('dark')
  await session.screenshot(`presets-${name}-dark`)
  await session.setTheme('light')
  await session.screenshot(`presets-${name}-light`)
  await session.setTheme('dark')
}

function send(
  eventName: string,
  outcome: RecordSendInput['result']['outcome'],
  trace: string,
  minute: number,
): RecordSendInput {
  const body = JSON.stringify({
    data: [
      {
        event_name: eventName,
        event_time: 1_795_000_000,
        event_id: `order-${minute}`,
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        user_data: { whatsapp_business_account_id: '100000000000001', ctwa_clid: clid },
      },
    ],
    test_event_code: 'TEST12345',
  })
  const failed = outcome !== 'accepted'
  return {
    connectionName: 'Sandbox store',
    endpoint: 'http://127.0.0.1:8765',
    datasetId: '123456789012345',
    apiVersion: 'v26.0',
    result: {
      outcome,
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:8765/v26.0/123456789012345/events',
        headers: { authorization: `Bearer ${canary}` },
        body,
      },
      ...(outcome === 'network_error'
        ? {
            networkError: {
              kind: 'connection_reset' as const,
              message: 'The connection was reset.',
            },
          }
        : { status: failed ? 400 : 200 }),
      headers: { 'x-fb-trace-id': trace },
      json: failed
        ? { error: { code: 100, error_subcode: 2804066, fbtrace_id: trace } }
        : { events_received: 1, fbtrace_id: trace },
      fbtraceId: trace,
      timing: { queueMs: 0, connectMs: 2, tlsMs: 0, ttfbMs: 40, downloadMs: 1, totalMs: 43 },
      startedAt: new Date(Date.UTC(2026, 10, 25, 13, minute)).toISOString(),
    },
  }
}

function palette(page: Page, words: string): Promise<void> {
  return runPaletteCommand(page, words)
}

describe('presets explorer, history and import in Chromium', () => {
  let browser: Browser
  let session: WorkbenchSession
  let page: Page
  let home: string

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'capi-e2e-presets-'))
    const presets = join(home, 'presets')
    const preset = (
      name: string,
      channel: 'whatsapp' | 'messenger',
      eventName: string,
      tags: string[],
    ) =>
      JSON.stringify(
        {
          schemaVersion: 1,
          name,
          description: '',
          tags,
          draft: { ...createEmptyDraft(channel), eventName },
          createdAt: '2026-11-25T13:00:00Z',
          updatedAt: '2026-11-25T13:00:00Z',
        },
        null,
        2,
      )
    await mkdir(join(presets, 'acme', 'eu'), { recursive: true })
    await mkdir(join(presets, 'demo'), { recursive: true })
    await writeFile(
      join(presets, 'acme', 'purchase-whatsapp.json'),
      preset('Purchase – WhatsApp', 'whatsapp', 'Purchase', ['acme']),
    )
    await writeFile(
      join(presets, 'acme', 'eu', 'lead-messenger.json'),
      preset('Lead – Messenger EU', 'messenger', 'LeadSubmitted', ['eu']),
    )
    await writeFile(
      join(presets, 'demo', 'order-shipped.json'),
      preset('Order shipped', 'whatsapp', 'OrderShipped', []),
    )
    await writeFile(join(presets, 'broken.json'), '{ "name": "Broken", oops }')
    const history = new HistoryStore({ directory: join(home, 'history'), now: () => new Date() })
    await history.record(send('Purchase', 'accepted', 'AbCdEf123', 1))
    await history.record(send('Lead', 'meta_error', 'TrAcE456', 2))
    await history.record(send('OrderShipped', 'network_error', 'NeTwOrK789', 3))
    browser = await launchChromium()
    session = await openWorkbench({
      browser,
      theme: 'dark',
      dataDirectory: home,
      // The real preset folder watcher, as the desktop app runs it.
      dependencies: { secretStore: new MemorySecretStore(), watchFiles: true },
    })
    page = session.page
  })

  afterAll(async () => {
    await session?.close()
    await browser?.close()
    await rm(home, { recursive: true, force: true })
  })

  it('shows the presets tree with folders, quarantines the broken file, filters', async () => {
    await page.keyboard.press('Control+Shift+E')
    const tree = page.getByRole('tree', { name: 'Presets' })
    await tree.getByText('Order shipped').waitFor()
    const rows = await tree.getByRole('treeitem').allInnerTexts()
    const quarantine = await page.getByRole('alert').filter({ hasText: 'broken.json' }).innerText()
    await shoot(session, '1-explorer')
    await page.getByLabel('Filter presets').fill('eu')
    const filtered = await tree.getByRole('treeitem').allInnerTexts()
    await page.getByLabel('Filter presets').fill('')
    expect({
      rows: rows.map((row) => row.replace(/\s+/g, ' ').trim()),
      quarantine: quarantine.startsWith(
        'Preset file "broken.json" could not be loaded and was moved to .quarantine/',
      ),
      filtered: filtered.map((row) => row.replace(/\s+/g, ' ').trim()),
    }).toEqual({
      rows: [
        'acme 2',
        'eu 1',
        'Lead – Messenger EU LeadSubmitted',
        'Purchase – WhatsApp Purchase',
        'demo 1',
        'Order shipped OrderShipped',
      ],
      quarantine: true,
      filtered: ['acme 1', 'eu 1', 'Lead – Messenger EU LeadSubmitted'],
    })
  })

  it('shows a preset added outside the app (a git pull) through the real file watcher', async () => {
    const tree = page.getByRole('tree', { name: 'Presets' })
    await tree.getByText('Order shipped').waitFor()
    await writeFile(
      join(home, 'presets', 'demo', 'from-git.json'),
      JSON.stringify({
        schemaVersion: 1,
        name: 'Pulled from git',
        description: '',
        tags: [],
        draft: { ...createEmptyDraft('whatsapp'), eventName: 'Purchase' },
        createdAt: '2026-11-25T13:00:00Z',
        updatedAt: '2026-11-25T13:00:00Z',
      }),
    )
    // Nothing is emitted by hand: the watcher sees the file, the tree refreshes.
    await tree.getByText('Pulled from git').waitFor({ timeout: 10_000 })
    const rows = await tree.getByRole('treeitem').allInnerTexts()
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim()).slice(-3)).toEqual([
      'demo 2',
      'Order shipped OrderShipped',
      'Pulled from git Purchase',
    ])
  })

  it('opens a preset, marks it dirty, saves with Ctrl+S, and shows an outside edit as a conflict', async () => {
    const tree = page.getByRole('tree', { name: 'Presets' })
    await tree.getByText('Purchase – WhatsApp').click()
    const composer = page.getByTestId('composer').last()
    await composer.waitFor()
    await composer.getByLabel('Event ID optional', { exact: true }).fill('order-42')
    await tree.locator('[data-node="acme/purchase-whatsapp"] .tree-dirty').waitFor()
    await shoot(session, '2-dirty')
    await page.keyboard.press('Control+S')
    await page.getByText('Saved preset "Purchase – WhatsApp".').waitFor()
    const file = join(home, 'presets', 'acme', 'purchase-whatsapp.json')
    const saved = JSON.parse(await readFile(file, 'utf8')) as { draft: { eventId?: string } }
    await composer.getByLabel('Event ID optional', { exact: true }).fill('order-43')
    const outside = (await readFile(file, 'utf8')).replace('order-42', 'order-from-git')
    await writeAtomically(file, outside)
    session.eventBus.emit('presets.changed', {
      origin: 'external',
      changes: [{ id: 'acme/purchase-whatsapp', kind: 'modified', revision: revisionOf(outside) }],
      quarantined: [],
    })
    await tree.locator('[data-node="acme/purchase-whatsapp"] .tree-conflict').waitFor()
    await page.keyboard.press('Control+S')
    await page.getByText('The preset was not saved; your edits are kept.').waitFor()
    await shoot(session, '3-conflict')
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { draft: { eventId?: string } }
    expect([saved.draft.eventId, onDisk.draft.eventId]).toEqual(['order-42', 'order-from-git'])
    await palette(page, 'keep my version')
    let kept: string | undefined
    for (let attempt = 0; attempt < 50 && kept !== 'order-43'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      kept = (JSON.parse(await readFile(file, 'utf8')) as { draft: { eventId?: string } }).draft
        .eventId
    }
    await tree.locator('.tree-conflict').waitFor({ state: 'detached' })
    expect(kept).toBe('order-43')
  })

  it('deletes with undo and moves a preset by dragging it onto a folder', async () => {
    const tree = page.getByRole('tree', { name: 'Presets' })
    await tree.getByText('Order shipped').click()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Delete preset' }).click()
    await page.getByRole('status').filter({ hasText: 'Deleted “Order shipped”.' }).waitFor()
    await tree.getByText('Order shipped').waitFor({ state: 'detached' })
    const afterDelete = await tree.getByText('Order shipped').count()
    await page.getByRole('button', { name: 'Undo' }).click()
    await tree.getByText('Order shipped').waitFor()
    await tree.getByText('Order shipped').dragTo(tree.locator('[data-node="folder:acme"]'))
    await tree.locator('[data-node="acme/order-shipped"]').waitFor()
    await shoot(session, '4-moved')
    expect(afterDelete).toBe(0)
  })

  it('lists sends in the History view with outcome icons and filters, opens one in the inspector', async () => {
    await page.keyboard.press('Control+Shift+H')
    const list = page.getByRole('list', { name: 'Sends' })
    await list.getByText('OrderShipped').waitFor()
    const all = await list.locator('.history-event').allInnerTexts()
    await shoot(session, '5-history')
    await page.getByLabel('Outcome').selectOption('meta_error')
    await list.locator('.history-row').first().getByText('Lead').waitFor()
    const errors = await list.locator('.history-event').allInnerTexts()
    await list.getByRole('button', { name: /^Meta error: Lead/ }).click()
    await page.getByTestId('outcome').waitFor()
    await shoot(session, '6-history-inspector')
    await page.getByLabel('Outcome').selectOption('')
    await page.getByLabel('Search history').fill('AbCdEf')
    await list.locator('.history-row').nth(1).waitFor({ state: 'detached' })
    const searched = await list.locator('.history-event').allInnerTexts()
    expect({
      all,
      errors,
      searched,
      leaked: session.traffic.some((line) => line.includes(canary)),
    }).toEqual({
      all: ['OrderShipped', 'Lead', 'Purchase'],
      errors: ['Lead'],
      searched: ['Purchase'],
      leaked: false,
    })
  })

  it('imports a customer cURL command into a draft with its problems flagged', async () => {
    await palette(page, 'import payload')
    const data = JSON.stringify([
      {
        event_name: 'Lead',
        event_time: 1_700_000_000,
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        user_data: { whatsapp_business_account_id: '100000000000001', ctwa_clid: clid },
      },
    ])
    const command = `curl -X POST "https://graph.facebook.com/v26.0/123456789012345/events" \\\n  -H "Authorization: Bearer ${canary}" \\\n  -F 'data=${data}'`
    await page.getByLabel('Payload or cURL command').fill(command)
    await page.getByRole('button', { name: 'Read (Ctrl+Enter)' }).click()
    const result = page.getByRole('region', { name: 'Import result' })
    await result.getByText('Dropped, not kept anywhere').waitFor()
    const text = await result.innerText()
    await page.keyboard.press('Control+J')
    await shoot(session, '7-import-problems')
    await page.keyboard.press('Control+J')
    await result.getByRole('button', { name: 'Open as draft' }).click()
    await page.getByTestId('composer').last().waitFor()
    // Back on the Import tab (and after a reload) its text and results are still there, and the
    // session written for the reload holds no token.
    await page.getByRole('tab', { name: 'Import', exact: true }).click()
    const keptText = await page.getByLabel('Payload or cURL command').inputValue()
    const keptResult = await result.isVisible()
    await page.waitForTimeout(400)
    await page.reload()
    await page.getByRole('tab', { name: 'Import', exact: true }).click()
    await result.waitFor()
    const afterReload = await page.getByLabel('Payload or cURL command').inputValue()
    const sessionLeaks = await page.evaluate(
      (secret) => (localStorage.getItem('capi-workbench-session') ?? '').includes(secret),
      canary,
    )
    expect({
      keptText: keptText.includes('123456789012345/events'),
      keptResult,
      afterReload: afterReload.includes('123456789012345/events'),
      sessionLeaks,
    }).toEqual({ keptText: true, keptResult: true, afterReload: true, sessionLeaks: false })
    expect({
      dropped: text.includes('Authorization header'),
      leadHint: text.includes('LeadSubmitted'),
      tooOld: text.includes('data.0.event_time'),
      noCustomer: text.includes('data.0.user_data'),
      leaked: text.includes(canary),
    }).toEqual({ dropped: true, leadHint: true, tooOld: true, noCustomer: true, leaked: false })
  })
})
