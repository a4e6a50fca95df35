import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCapturedCli } from '../../../test/support/captureCliIo'
import {
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  testNowMs,
} from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import { MemorySecretStore } from '../../services/secrets/memorySecretStore'
import { PresetStore } from '../../services/presets/presetStore'
import { stepFiles, type StepContact, type WorkflowStep } from '../../shared/step'
import { createConnectionAddCommand } from './connectionAddCommand'
import type { ConnectionCliDependencies } from './connectionCli'
import { createStepSimulateCommand } from './stepSimulateCommand'
import { createTokenSetCommand } from './tokenSetCommand'

const home = mkdtempSync(join(tmpdir(), 'capi-step-cli-'))
const secrets = new MemorySecretStore()
const deps: ConnectionCliDependencies = {
  secretStore: () => secrets,
  now: () => new Date(testNowMs),
}
const commands = [
  createConnectionAddCommand(deps),
  createTokenSetCommand(deps),
  createStepSimulateCommand(deps),
]
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
let sandbox: RunningSandbox

function capi(args: string[], stdin = '') {
  return runCapturedCli(commands, args, { stdin, env: { CAPI_WORKBENCH_HOME: home } })
}

function file(name: string, value: unknown): string {
  const path = join(home, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

const step = {
  connection: 'Acme Brazil',
  assets: { whatsapp: '100000000000001', page: null, instagram: null },
  event: 'Purchase',
  currency: 'IDR',
  value: '{{workflow.order_total}}',
  customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
}
const contact = {
  channel: 'whatsapp',
  ctwa_clid: clid,
  psid: null,
  igsid: null,
  contact: { email: 'rina@example.co.id', phone: '+62 812 3456 7890', first_name: 'Rina' },
  workflow: { order_total: '150000' },
}

beforeAll(async () => {
  sandbox = await startTestSandbox()
  const added = await capi([
    'connection',
    'add',
    'Acme Brazil',
    '--dataset',
    mainDatasetId,
    '--endpoint',
    sandbox.url,
    '--whatsapp',
    '100000000000001:BR',
    '--page',
    '100000000000002:US',
  ])
  expect(added.code).toBe(0)
  expect((await capi(['token', 'set', 'Acme Brazil'], `${sandboxToken}\n`)).code).toBe(0)
})
afterAll(() => sandbox.close())

describe('capi step simulate', () => {
  it('prints the exact request and exits 0 when the step would send', async () => {
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      file('contact.json', contact),
      '--json',
    ])
    expect(run.code).toBe(0)
    const output = JSON.parse(run.out) as Record<string, unknown>
    expect(Object.keys(output)).toEqual(['wouldSend', 'reasons', 'request'])
    expect(output['wouldSend']).toBe(true)
    expect(output['reasons']).toEqual([])
    expect(output['request']).toMatchObject({
      url: `${sandbox.url}/v26.0/${mainDatasetId}/events`,
      body: {
        data: [
          {
            event_name: 'Purchase',
            event_time: testNowMs / 1000,
            messaging_channel: 'whatsapp',
            user_data: { whatsapp_business_account_id: '100000000000001', ctwa_clid: clid },
            custom_data: { currency: 'IDR', value: 150000 },
          },
        ],
      },
    })
  })

  it('lists the reasons and exits 1 when the step would send nothing', async () => {
    const organic = file('organic.json', { ...contact, ctwa_clid: null, contact: {} })
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      organic,
      '--json',
    ])
    expect(run.code).toBe(1)
    const output = JSON.parse(run.out) as { wouldSend: boolean; reasons: string[] }
    expect(output.wouldSend).toBe(false)
    expect(output.reasons).toHaveLength(2)
    expect(output.reasons[0]).toContain('ctwa_clid')
    expect(output.reasons[1]).toContain('If all fields are empty, the event will not be sent.')
    const plain = await capi(['step', 'simulate', file('step.json', step), '--contact', organic])
    expect(plain.code).toBe(1)
    expect(plain.out).toContain('Would send nothing:')
  })

  it('a Messenger contact on a WhatsApp-only step: no Messenger related events', async () => {
    const messenger = file('messenger.json', {
      channel: 'messenger',
      psid: '7000000000000001',
      contact: contact.contact,
    })
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      messenger,
      '--json',
    ])
    expect(run.code).toBe(1)
    expect(run.out).toContain('If not selected, no Messenger related events will be sent.')
  })

  it.each([
    [
      'an extra key in the step',
      () => [file('s.json', { ...step, extra: true }), '--contact', file('c.json', contact)],
      'unknown key "extra"',
    ],
    [
      'an extra key in the contact',
      () => [file('s.json', step), '--contact', file('c.json', { ...contact, name: 'x' })],
      'unknown key "name"',
    ],
    [
      'currency on a Lead',
      () => [file('s.json', { ...step, event: 'Lead' }), '--contact', file('c.json', contact)],
      'currency: only for a Purchase step',
    ],
    [
      'invalid JSON',
      () => [file('s.json', '{"connection":'), '--contact', file('c.json', contact)],
      'not valid JSON',
    ],
    [
      'a missing file',
      () => [join(home, 'nope.json'), '--contact', file('c.json', contact)],
      'cannot read',
    ],
    ['no --contact', () => [file('s.json', step)], '--contact'],
    [
      '--send with a connection that is not stored',
      () => [
        file('s.json', { ...step, connection: 'Nobody' }),
        '--contact',
        file('c.json', contact),
        '--send',
        '--test-event-code',
        'TEST1',
      ],
      'the step\'s connection "Nobody" is not stored here',
    ],
    [
      '--send without a code',
      () => [file('s.json', step), '--contact', file('c.json', contact), '--send'],
      '--test-event-code',
    ],
    [
      'an unknown option',
      () => [file('s.json', step), '--contact', file('c.json', contact), '--force'],
      'force',
    ],
  ])('exits 2 for %s', async (_name, args, message) => {
    const run = await capi(['step', 'simulate', ...args(), '--json'])
    expect(run.code).toBe(2)
    expect(run.err).toContain(message)
    expect(run.out).toBe('')
  })

  it('simulates a step whose connection is not stored: dataset unknown, links not checked', async () => {
    const run = await capi([
      'step',
      'simulate',
      file('s.json', { ...step, connection: 'Nobody' }),
      '--contact',
      file('c.json', contact),
      '--json',
    ])
    expect({
      code: run.code,
      url: (JSON.parse(run.out) as { request: { url: string } }).request.url,
    }).toEqual({
      code: 0,
      url: 'https://graph.facebook.com/v26.0/{dataset_id}/events',
    })
    expect(run.err).toContain('The connection "Nobody" is not stored here')
  })

  it('asks the sandbox about an account the connection does not list (a sandbox check)', async () => {
    expect(
      (
        await capi([
          'connection',
          'add',
          'Bare',
          '--dataset',
          mainDatasetId,
          '--endpoint',
          sandbox.url,
        ])
      ).code,
    ).toBe(0)
    expect((await capi(['token', 'set', 'Bare'], `${sandboxToken}\n`)).code).toBe(0)
    const messenger = file('m.json', {
      channel: 'messenger',
      psid: '7000000000000001',
      contact: contact.contact,
      workflow: contact.workflow,
    })
    const linked = file('linked.json', {
      ...step,
      connection: 'Bare',
      assets: { whatsapp: null, page: '100000000000002', instagram: null },
    })
    const run = await capi(['step', 'simulate', linked, '--contact', messenger, '--json'])
    expect(run.code).toBe(0)
    const berlinPage = file('berlin.json', {
      ...step,
      connection: 'Bare',
      assets: { whatsapp: null, page: '200000000000002', instagram: null },
    })
    const notLinked = await capi(['step', 'simulate', berlinPage, '--contact', messenger, '--json'])
    expect(notLinked.code).toBe(1)
    expect(notLinked.out).toContain('is not linked to dataset')
  })

  it('--send sends a test event through the send service; the sandbox accepts it', async () => {
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      file('contact.json', contact),
      '--send',
      '--test-event-code',
      'TEST4242',
    ])
    expect(run.code).toBe(0)
    expect(run.out).toContain(
      'Conversions API test event sent. Go to your Meta Events Manager to see the test event.',
    )
    expect(run.out).not.toContain(sandboxToken)
    const received = await fetch(`${sandbox.url}/_sandbox/events?test_event_code=TEST4242`)
    const events = (await received.json()) as { data: { eventName: string }[] }
    expect(events.data.map((event) => event.eventName)).toEqual(['Purchase'])
  })

  it('--send --json carries the result; a click the sandbox does not know is rejected (exit 1)', async () => {
    const unknownClick = file('click.json', {
      ...contact,
      ctwa_clid: 'ARAkUnknownClickId_0123456789abcdefghijklmnop',
    })
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      unknownClick,
      '--send',
      '--test-event-code',
      'TEST4243',
      '--json',
    ])
    expect(run.code).toBe(1)
    const output = JSON.parse(run.out) as { wouldSend: boolean; result: { outcome: string } }
    expect(output.wouldSend).toBe(true)
    expect(output.result.outcome).toBe('meta_error')
  })

  it('--send does not send when the step would send nothing', async () => {
    const run = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      file('organic.json', { ...contact, ctwa_clid: null }),
      '--send',
      '--test-event-code',
      'TEST4244',
      '--json',
    ])
    expect(run.code).toBe(1)
    expect(Object.keys(JSON.parse(run.out) as object)).toEqual(['wouldSend', 'reasons', 'request'])
    const received = await fetch(`${sandbox.url}/_sandbox/events?test_event_code=TEST4244`)
    expect(((await received.json()) as { data: unknown[] }).data).toEqual([])
  })

  it('--preset simulates a saved workflow-step preset like its files, and refuses another kind', async () => {
    const store = new PresetStore({
      directory: join(home, 'presets'),
      now: () => new Date(testNowMs),
    })
    await store.save({
      content: {
        kind: 'step',
        name: 'Acme step',
        step: step as WorkflowStep,
        contact: contact as StepContact,
      },
    })
    await store.save({ content: { kind: 'raw', name: 'Acme raw', body: '{"data":[]}' } })
    const fromFiles = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      file('contact.json', contact),
      '--json',
    ])
    const fromPreset = await capi(['step', 'simulate', '--preset', 'acme-step', '--json'])
    const organic = file('organic.json', { ...contact, ctwa_clid: null })
    const otherContact = await capi([
      'step',
      'simulate',
      '--preset',
      'Acme step',
      '--contact',
      organic,
      '--json',
    ])
    const raw = await capi(['step', 'simulate', '--preset', 'acme-raw'])
    expect([
      fromPreset.code,
      fromPreset.out === fromFiles.out,
      otherContact.code,
      raw.code,
      raw.err.includes('capi send --preset acme-raw'),
    ]).toEqual([0, true, 1, 2, true])
  })

  it('reproduces an exported step: the files of "Export Step as Files…" simulate like the tab', async () => {
    const exported = stepFiles(
      'Acme step',
      { ...step, assets: { ...step.assets, page: '' } } as WorkflowStep,
      contact as StepContact,
    )
    if (!exported.ok) throw new Error(exported.problems.join('\n'))
    const [stepFile, contactFile] = exported.files
    const run = await capi([
      'step',
      'simulate',
      file(stepFile.fileName, stepFile.text),
      '--contact',
      file(contactFile.fileName, contactFile.text),
      '--json',
    ])
    const reference = await capi([
      'step',
      'simulate',
      file('step.json', step),
      '--contact',
      file('contact.json', contact),
      '--json',
    ])
    expect([stepFile.fileName, contactFile.fileName, run.code, run.out]).toEqual([
      'acme-step.step.json',
      'acme-step.contact.json',
      0,
      reference.out,
    ])
  })
})
