import { contract } from '../../src/shared/contract'
import { createEmptyDraft } from '../../src/shared/capi/model/eventDraft'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Download, Page } from 'playwright-core'
import { createStepSimulateCommand } from '../../src/cli/commands/stepSimulateCommand'
import type { SecretStore } from '../../src/services/secrets/secretStore'
import { runCapturedCli } from '../support/captureCliIo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSandboxFixtures } from '../../src/meta-sandbox/sandboxFixtures'
import { startSandbox, type RunningSandbox } from '../../src/meta-sandbox/startSandbox'
import { journeySecretStore } from '../setup/testKeychain'
import { launchChromium } from './harness/chromium'
import { openWorkbench, type WorkbenchSession } from './harness/openWorkbench'
import { runPaletteCommand } from './harness/runPaletteCommand'

const token = 'SANDBOX-TOKEN-1234'
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const successMessage =
  'Conversions API test event sent. Go to your Meta Events Manager to see the test event.'

/** Both themes of one step: test/artifacts/step-<name>-dark.png and -light.png. */
async function shoot(session: WorkbenchSession, name: string): Promise<void> {
  await session.setTheme('dark')
  await session.screenshot(`step-${name}-dark`)
  await session.setTheme('light')
  await session.screenshot(`step-${name}-light`)
  await session.setTheme('dark')
}

function editor(page: Page) {
  return page.getByTestId('step-editor').last()
}

async function newStep(page: Page): Promise<void> {
  await runPaletteCommand(page, 'new workflow step')
  await editor(page).waitFor()
  await editor(page)
    .getByLabel('Business account and portfolio (connection)')
    .selectOption('Sandbox store')
}

async function fillContact(page: Page, fields: string, workflow: string): Promise<void> {
  await editor(page)
    .getByLabel(/Contact fields/)
    .fill(fields)
  await editor(page)
    .getByLabel(/Workflow variables/)
    .fill(workflow)
}

async function sendAsTest(page: Page, code: string): Promise<string> {
  await editor(page).getByLabel('Test ID').fill(code)
  await editor(page).getByRole('button', { name: 'Send test event' }).click()
  await editor(page).getByTestId('step-send-message').getByText(successMessage).waitFor()
  return editor(page).getByTestId('step-send-message').innerText()
}

async function received(sandbox: RunningSandbox, code: string) {
  const response = await fetch(`${sandbox.url}/_sandbox/events?test_event_code=${code}`)
  const listing = (await response.json()) as {
    data: { eventName: string; channel: string; userDataKeys: string[] }[]
  }
  return listing.data.map((event) => [event.eventName, event.channel, event.userDataKeys.join(' ')])
}

describe('Workflow Step journeys in Chromium against the sandbox', () => {
  let browser: Browser
  let sandbox: RunningSandbox
  let session: WorkbenchSession
  let page: Page
  let secretStore: SecretStore

  beforeAll(async () => {
    secretStore = await journeySecretStore('workflow-step')
    const fixtures = parseSandboxFixtures(
      JSON.parse(await readFile(resolve('resources/sandbox/default.json'), 'utf8')),
      'default.json',
    )
    sandbox = await startSandbox({ fixtures })
    browser = await launchChromium()
    session = await openWorkbench({ browser, theme: 'dark', dependencies: { secretStore } })
    page = session.page
    const saved = await session.handlers['connections.save'](
      contract['connections.save'].input.parse({
        name: 'Sandbox store',
        businessAccountName: 'Acme Indonesia',
        portfolioName: 'Acme Group',
        datasetId: '123456789012345',
        endpoint: { kind: 'sandbox', url: sandbox.url },
        assets: {
          whatsapp: { id: '100000000000001', country: 'BR' },
          page: { id: '100000000000002', country: 'US' },
          instagram: { id: '17841400000000003', country: 'ID' },
        },
      }),
    )
    await session.handlers['connections.setToken']({ id: saved.id, token })
  })

  afterAll(async () => {
    await session?.close()
    await browser?.close()
    await sandbox?.close()
  })

  it('reproduces a WhatsApp (click-to-WhatsApp) Purchase step and sends it as a test event', async () => {
    await newStep(page)
    await editor(page).getByLabel('Total purchase value').fill('{{workflow.order_total}}')
    await editor(page).getByLabel('Purchase currency').fill('IDR')
    await editor(page).getByLabel('Came from a click-to-WhatsApp ad').check()
    await editor(page).getByLabel('ctwa_clid').fill(clid)
    await fillContact(
      page,
      'email: rina@example.co.id\nphone: +62 812 3456 7890\nfirst_name: Rina',
      'order_total: 150000',
    )
    await editor(page).getByText('The step would send this request').waitFor()
    const body = await editor(page).getByTestId('step-body').innerText()
    const hints = await editor(page).getByTestId('match-hints').innerText()
    await shoot(session, '1-whatsapp')
    const message = await sendAsTest(page, 'TEST5501')
    await page.getByTestId('outcome').waitFor()
    const outcome = await page.getByTestId('outcome').innerText()
    await shoot(session, '2-whatsapp-sent')
    expect({
      hasClid: body.includes(clid),
      value: body.includes('"value": 150000'),
      hashedPhone: body.includes(
        'dd752605096029a73495a91862983963e1947a834a4300808074185af10bb725',
      ),
      hintLabel: hints.includes('not Meta’s Event Match Quality score'),
      hintAdvice: hints.includes('50 events'),
      message,
      outcome: outcome.trim(),
      received: await received(sandbox, 'TEST5501'),
    }).toEqual({
      hasClid: true,
      value: true,
      hashedPhone: true,
      hintLabel: true,
      hintAdvice: true,
      message: successMessage,
      outcome: 'Accepted',
      received: [['Purchase', 'whatsapp', 'ctwa_clid em ph whatsapp_business_account_id']],
    })
  })

  it('reproduces a Messenger Lead step (sent as LeadSubmitted)', async () => {
    await newStep(page)
    await editor(page).getByLabel('Facebook Page').check()
    await editor(page).getByLabel('WhatsApp Business account', { exact: true }).uncheck()
    await editor(page).getByLabel('Lead generated').check()
    await editor(page).getByLabel('Messenger').check()
    await editor(page).getByLabel('PSID (page-scoped user ID)').fill('7000000000000001')
    await fillContact(page, 'email: john_smith@gmail.com\nphone: ', '')
    await editor(page).getByText('The step would send this request').waitFor()
    const body = await editor(page).getByTestId('step-body').innerText()
    await shoot(session, '3-messenger')
    await sendAsTest(page, 'TEST5502')
    expect({
      leadSubmitted: body.includes('"event_name": "LeadSubmitted"'),
      psid: body.includes('"page_scoped_user_id": "7000000000000001"'),
      received: await received(sandbox, 'TEST5502'),
    }).toEqual({
      leadSubmitted: true,
      psid: true,
      received: [['LeadSubmitted', 'messenger', 'em page_id page_scoped_user_id']],
    })
  })

  it('reproduces an Instagram Purchase step', async () => {
    await newStep(page)
    await editor(page).getByLabel('Instagram account', { exact: true }).check()
    await editor(page).getByLabel('Total purchase value').fill('120')
    await editor(page).getByLabel('Purchase currency').fill('BRL')
    await editor(page).getByLabel('Instagram', { exact: true }).check()
    await editor(page).getByLabel('IGSID (Instagram-scoped user ID)').fill('1000000000000004')
    await fillContact(page, 'email: ana@example.com.br\nphone: +55 11 91234 5678', '')
    await editor(page).getByText('The step would send this request').waitFor()
    await shoot(session, '4-instagram')
    await sendAsTest(page, 'TEST5503')
    expect(await received(sandbox, 'TEST5503')).toEqual([
      ['Purchase', 'instagram', 'em ig_account_id ig_sid ph'],
    ])
  })

  it('saves the step as a step preset (Ctrl+S) and reopens it from the Explorer as a Workflow Step tab', async () => {
    const name = 'Workflow step: Purchase on instagram (Sandbox store)'
    await editor(page).getByLabel('Total purchase value').click()
    await page.keyboard.press('Control+S')
    await page.getByText(`Saved preset "${name}".`).waitFor()
    await page.getByRole('tab', { name }).waitFor()
    await runPaletteCommand(page, 'close editor')
    await page.getByRole('tab', { name }).waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Shift+E')
    const tree = page.getByRole('tree', { name: 'Presets' })
    const row = tree.getByRole('treeitem').filter({ hasText: name })
    await row.click()
    await page.getByRole('tab', { name }).waitFor()
    await editor(page).getByText('The step would send this request').waitFor()
    const presets = await session.handlers['presets.list'](undefined)
    const summary = presets.presets.find((preset) => preset.name === name)
    expect({
      kind: summary?.kind,
      kindLabel: await row.getByRole('img').first().getAttribute('aria-label'),
      instagram: await editor(page).getByLabel('Instagram account', { exact: true }).isChecked(),
      igsid: await editor(page).getByLabel('IGSID (Instagram-scoped user ID)').inputValue(),
      value: await editor(page).getByLabel('Total purchase value').inputValue(),
      saveLabel: await editor(page).getByRole('button', { name: 'Save preset' }).count(),
    }).toEqual({
      kind: 'step',
      kindLabel: 'Workflow step preset',
      instagram: true,
      igsid: '1000000000000004',
      value: '120',
      saveLabel: 1,
    })
  })

  it('exports the step as files that capi step simulate reproduces', async () => {
    const downloads: Download[] = []
    page.on('download', (download) => void downloads.push(download))
    await runPaletteCommand(page, 'export step as files')
    await page.getByText(/Exported .*\.step\.json and .*\.contact\.json\./).waitFor()
    await expect.poll(() => downloads.length).toBe(2)
    page.removeAllListeners('download')
    const folder = await mkdtemp(join(tmpdir(), 'capi-step-export-'))
    const paths: string[] = []
    for (const download of downloads) {
      const path = join(folder, download.suggestedFilename())
      await download.saveAs(path)
      paths.push(path)
    }
    const simulate = createStepSimulateCommand({ secretStore: () => secretStore })
    const run = await runCapturedCli(
      [simulate],
      ['step', 'simulate', paths[0]!, '--contact', paths[1]!, '--json'],
      { env: { CAPI_WORKBENCH_HOME: session.dataDirectory } },
    )
    const output = JSON.parse(run.out) as { wouldSend: boolean; request: { body: unknown } }
    const event = (output.request.body as { data: Record<string, unknown>[] }).data[0]!
    expect({
      files: downloads.map((download) => download.suggestedFilename()),
      code: run.code,
      wouldSend: output.wouldSend,
      event: [event['event_name'], event['messaging_channel']],
    }).toEqual({
      files: [
        'workflow-step-purchase-on-instagram-sandbox-store.step.json',
        'workflow-step-purchase-on-instagram-sandbox-store.contact.json',
      ],
      code: 0,
      wouldSend: true,
      event: ['Purchase', 'instagram'],
    })
  })

  it('Explorer: each preset shows its kind (icon and accessible label) beside the others', async () => {
    const save = session.handlers['presets.save']
    await save(
      contract['presets.save'].input.parse({
        content: {
          kind: 'raw',
          name: 'Customer body (raw)',
          body: '{"data": [{"event_name": "Purchase", "messaging_channel": "whatsapp"}]}',
        },
      }),
    )
    await save(
      contract['presets.save'].input.parse({
        content: {
          name: 'Lead – Messenger (draft)',
          draft: { ...createEmptyDraft('messenger'), eventName: 'LeadSubmitted' },
        },
      }),
    )
    const tree = page.getByRole('tree', { name: 'Presets' })
    await tree.getByText('Customer body (raw)').waitFor()
    await tree.getByText('Lead – Messenger (draft)').waitFor()
    const labels = await tree
      .getByRole('treeitem')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('.tree-label')?.textContent ?? '',
          row.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
        ]),
      )
    await shoot(session, '6-explorer-kinds')
    expect(labels).toEqual([
      ['Customer body (raw)', 'Raw request preset'],
      ['Lead – Messenger (draft)', 'Draft preset'],
      ['Workflow step: Purchase on instagram (Sandbox store)', 'Workflow step preset'],
    ])
  })

  it('says why nothing would be sent: an organic WhatsApp chat and empty customer fields', async () => {
    await newStep(page)
    await editor(page).getByLabel('Total purchase value').fill('10')
    await fillContact(page, 'email: \nphone: ', '')
    await editor(page).getByText('The step would send nothing').waitFor()
    const reasons = await editor(page).getByTestId('step-reasons').innerText()
    const sendDisabled = await editor(page)
      .getByRole('button', { name: 'Send test event' })
      .isDisabled()
    await editor(page).locator('[data-linked]').waitFor()
    await shoot(session, '5-nothing-sent')
    expect({
      clid: reasons.includes('did not come from a click-to-WhatsApp ad'),
      empty: reasons.includes('If all fields are empty, the event will not be sent.'),
      sendDisabled,
    }).toEqual({ clid: true, empty: true, sendDisabled: true })
  })

  it('asks the sandbox whether the selected Page is linked to the dataset, and says so with its evidence', async () => {
    await newStep(page)
    await editor(page).getByLabel('Facebook Page').check()
    await editor(page).getByLabel('WhatsApp Business account', { exact: true }).uncheck()
    await editor(page).getByLabel('Lead generated').check()
    await editor(page).getByLabel('Messenger').check()
    await editor(page).getByLabel('PSID (page-scoped user ID)').fill('7000000000000001')
    await fillContact(page, 'email: john_smith@gmail.com', '')
    const link = editor(page).getByTestId('asset-link')
    await editor(page).locator('[data-linked="linked"]').waitFor()
    const linked = await link.innerText()
    // The Berlin store's Page: linked to the Berlin dataset, not to this connection's.
    await editor(page).getByLabel('Facebook Page ID').fill('200000000000002')
    await editor(page).locator('[data-linked="not-linked"]').waitFor()
    await editor(page).getByText('The step would send nothing').waitFor()
    const notLinked = await link.innerText()
    const reasons = await editor(page).getByTestId('step-reasons').innerText()
    await shoot(session, '5b-page-not-linked')
    expect({
      linked: linked.includes(
        'The sandbox says the Facebook Page 100000000000002 is linked to dataset 123456789012345.',
      ),
      notLinked: notLinked.includes(
        'is not linked to dataset 123456789012345 (it is linked to 223456789012345)',
      ),
      evidence: notLinked.includes('Asked the sandbox'),
      reason: reasons.includes(
        'Asked just now, the sandbox says it is linked to dataset 223456789012345.',
      ),
    }).toEqual({ linked: true, notLinked: true, evidence: true, reason: true })
  })

  it('Test events view: updates live while sends arrive, from another program and from the Workbench', async () => {
    await runPaletteCommand(page, 'open test events')
    const view = page.getByTestId('test-events').last()
    await view.waitFor()
    await view.getByLabel('Connection').selectOption({ label: 'Sandbox store — sandbox' })
    await view.getByLabel('Test event code').fill('TEST5600')
    await view.getByRole('button', { name: 'Show' }).click()
    await view.getByText(/Live: new events appear/).waitFor()
    await view.getByText('0 events for TEST5600').waitFor()
    // A customer's integration pointed at the sandbox.
    const external = await fetch(`${sandbox.url}/v26.0/123456789012345/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'user-agent': 'acme-integration/2.1',
      },
      body: JSON.stringify({
        data: [
          {
            event_name: 'LeadSubmitted',
            event_time: Math.floor(Date.now() / 1000),
            action_source: 'business_messaging',
            messaging_channel: 'messenger',
            user_data: { page_id: '100000000000002', page_scoped_user_id: '7000000000000009' },
          },
        ],
        test_event_code: 'TEST5600',
      }),
    })
    expect(external.status).toBe(200)
    await view.getByText('1 event for TEST5600').waitFor()
    // The Workbench sends through main while the view is open.
    const connection = (await session.handlers['connections.list'](undefined)).connections[0]!
    await session.handlers['events.send']({
      connectionId: connection.id,
      draft: {
        schemaVersion: 1,
        channel: 'whatsapp',
        eventName: 'Purchase',
        eventTime: { mode: 'now' },
        ids: { whatsappBusinessAccountId: '100000000000001', ctwaClid: clid },
        customData: { currency: 'IDR', value: '150000' },
        customer: { em: ['Rina@Example.co.id'] },
        testEventCode: 'TEST5600',
      },
    })
    await view.getByText('2 events for TEST5600').waitFor()
    const cards = view.getByTestId('received-event')
    const newest = await cards.nth(0).innerText()
    const older = await cards.nth(1).innerText()
    await shoot(session, '6-test-events')
    expect({
      newestIsWorkbench: newest.includes('sent by this Workbench'),
      normalizedShown: newest.includes('rina@example.co.id'),
      newestName: newest.split('\n')[0],
      olderFromOther: older.includes('sent by another program (acme-integration/2.1)'),
      olderName: older.split('\n')[0],
    }).toEqual({
      newestIsWorkbench: true,
      normalizedShown: true,
      newestName: 'Purchase',
      olderFromOther: true,
      olderName: 'LeadSubmitted',
    })
  })

  it('Test events view: a Meta connection says where to look in Events Manager', async () => {
    await session.handlers['connections.save'](
      contract['connections.save'].input.parse({
        name: 'Acme on Meta',
        datasetId: '1234567890123456',
        endpoint: { kind: 'meta' },
      }),
    )
    const view = page.getByTestId('test-events').last()
    await view.getByLabel('Connection').selectOption({ label: 'Acme on Meta — Meta' })
    const meta = await view.getByTestId('test-events-meta').innerText()
    const link = await view.getByRole('link').getAttribute('href')
    await shoot(session, '7-test-events-meta')
    expect({
      where: meta.includes(
        'Meta Events Manager → Data sources → dataset 1234567890123456 → Test events',
      ),
      link,
    }).toEqual({
      where: true,
      link: 'https://business.facebook.com/events_manager2/list/dataset/1234567890123456/test_events',
    })
  })
})
