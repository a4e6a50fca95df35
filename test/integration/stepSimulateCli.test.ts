import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSandbox } from '../../src/meta-sandbox/startSandbox'
import { mainDatasetId, sandboxToken, startTestSandbox } from '../support/sandboxTestKit'

/**
 * `capi step simulate` as a user runs it: the real command (bin/capi.mjs) in a child process, over
 * step and contact files on disk, a fresh data directory, connections added with `capi connection
 * add`, and a running sandbox. One row per case: each "would send nothing" reason, each channel,
 * invalid input, the --json shape and --send. Tokens come from --token-env (no keychain needed).
 */
const capiBin = resolve('bin/capi.mjs')
const clid = 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const berlinClid = 'ARAkBerlinClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH'
const noAssets = { whatsapp: null, page: null, instagram: null }

type Json = Record<string, unknown>
interface Run {
  code: number | null
  out: string
  err: string
}
interface Case {
  name: string
  step: Json | string
  contact: Json | string
  args?: string[]
  exit: 0 | 1 | 2
  /** Text stdout (or, for exit 2, stderr) must contain. */
  says?: string[]
  /** Part of the --json output. */
  json?: Json
  /** A function of the parsed --json output, for what a deep match cannot say. */
  check?: (output: Json, run: Run) => void
}

const purchase: Json = {
  connection: 'Acme Brazil',
  assets: { whatsapp: '100000000000001', page: null, instagram: null },
  event: 'Purchase',
  currency: 'IDR',
  value: '{{workflow.order_total}}',
  customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
}
const lead: Json = {
  connection: 'Acme Brazil',
  assets: { whatsapp: null, page: '100000000000002', instagram: '17841400000000003' },
  event: 'Lead',
  customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
}
const people = {
  contact: { email: 'rina@example.co.id', phone: '+62 812 3456 7890', first_name: 'Rina' },
  workflow: { order_total: '150000' },
}
const whatsapp: Json = { channel: 'whatsapp', ctwa_clid: clid, psid: null, igsid: null, ...people }
const messenger: Json = { channel: 'messenger', psid: '7000000000000001', ...people }
const instagram: Json = { channel: 'instagram', igsid: '1000000000000004', ...people }

const event = (output: Json) =>
  ((output.request as Json).body as { data: Json[] }).data[0] as {
    event_name: string
    user_data: Json
    custom_data?: Json
  }

const cases: Case[] = [
  {
    name: 'WhatsApp (CTWA) Purchase: the exact request',
    step: purchase,
    contact: whatsapp,
    exit: 0,
    json: { wouldSend: true, reasons: [] },
    check: (output) => {
      expect(event(output)).toMatchObject({
        event_name: 'Purchase',
        user_data: { whatsapp_business_account_id: '100000000000001', ctwa_clid: clid },
        custom_data: { currency: 'IDR', value: 150000 },
      })
      expect((output.request as Json).url).toMatch(/\/v26\.0\/123456789012345\/events$/)
    },
  },
  {
    name: 'Messenger Lead: sent as LeadSubmitted, no custom data',
    step: lead,
    contact: messenger,
    exit: 0,
    check: (output) => {
      expect(event(output).event_name).toBe('LeadSubmitted')
      expect(event(output).custom_data).toBeUndefined()
      expect(event(output).user_data).toMatchObject({
        page_id: '100000000000002',
        page_scoped_user_id: '7000000000000001',
      })
    },
  },
  {
    name: 'Instagram Lead with currency and value null (= not given)',
    step: { ...lead, currency: null, value: null },
    contact: instagram,
    exit: 0,
    check: (output) =>
      expect(event(output).user_data).toMatchObject({
        ig_account_id: '17841400000000003',
        ig_sid: '1000000000000004',
      }),
  },
  {
    name: 'variables anywhere: currency, value from a nested contact field, a name',
    step: {
      ...purchase,
      currency: '{{workflow.currency}}',
      value: '{{contact.order.total}}',
      customer: { fn: '{{contact.first_name}}', external_id: 'crm-{{contact.id}}' },
    },
    contact: {
      ...whatsapp,
      contact: { first_name: 'Rina', id: '42', order: { total: 99.5 } },
      workflow: { currency: 'usd' },
    },
    exit: 0,
    check: (output) => {
      // The request builder upper-cases the code, as Meta's SDK does.
      expect(event(output).custom_data).toEqual({ currency: 'USD', value: 99.5 })
      expect(Object.keys(event(output).user_data)).toEqual(
        expect.arrayContaining(['fn', 'external_id']),
      )
    },
  },
  {
    name: 'no account for the contact’s channel (Instagram contact, WhatsApp-only step)',
    step: purchase,
    contact: instagram,
    exit: 1,
    says: ['If not selected, no Instagram related events will be sent.'],
  },
  {
    name: 'no account for the contact’s channel (WhatsApp contact, Page-only step)',
    step: { ...lead, assets: { ...noAssets, page: '100000000000002' } },
    contact: whatsapp,
    exit: 1,
    says: ['If not selected, no WhatsApp related events will be sent.'],
  },
  {
    name: 'no account selected at all',
    step: { ...purchase, assets: noAssets },
    contact: whatsapp,
    exit: 1,
    says: ['select at least one of the WhatsApp Business account'],
  },
  {
    name: 'every customer field empty in the step',
    step: { ...purchase, customer: { em: '', ph: null } },
    contact: whatsapp,
    exit: 1,
    says: ['If all fields are empty, the event will not be sent.'],
  },
  {
    name: 'every customer field empty after variable substitution',
    step: purchase,
    contact: { ...whatsapp, contact: { email: '  ', first_name: 'Rina' } },
    exit: 1,
    says: ['Every customer information field is empty for this contact (em, ph)'],
  },
  {
    name: 'WhatsApp conversation without ctwa_clid (organic chat)',
    step: purchase,
    contact: { ...whatsapp, ctwa_clid: null },
    exit: 1,
    says: ['did not come from a click-to-WhatsApp ad'],
  },
  {
    name: 'Messenger contact without PSID',
    step: lead,
    contact: { ...messenger, psid: null },
    exit: 1,
    says: ['no PSID'],
  },
  {
    name: 'Page not linked to the dataset (the sandbox is asked)',
    step: { ...lead, assets: { ...noAssets, page: '200000000000002' } },
    contact: messenger,
    args: ['--token-env', 'SANDBOX_TOKEN'],
    exit: 1,
    says: ['Page 200000000000002 is not linked to dataset 123456789012345'],
  },
  {
    name: 'Page not linked: a Meta connection is judged on the accounts it lists',
    step: { ...lead, connection: 'Meta shop', assets: { ...noAssets, page: '300000000000009' } },
    contact: messenger,
    exit: 1,
    says: ['lists 300000000000002 as its Facebook Page'],
  },
  {
    name: 'Facebook Page in a restricted region',
    step: { ...lead, connection: 'Berlin', assets: { ...noAssets, page: '200000000000002' } },
    contact: messenger,
    exit: 1,
    says: ['Germany', 'ePrivacy Directive'],
  },
  {
    name: 'Instagram account in a restricted region',
    step: {
      ...lead,
      connection: 'Berlin',
      assets: { ...noAssets, instagram: '17841400000000013' },
    },
    contact: instagram,
    exit: 1,
    says: ['Messaging Restrictive Region'],
  },
  {
    name: 'WhatsApp Business account in a restricted region: a note only (spec rev. 2)',
    step: {
      ...purchase,
      connection: 'Berlin',
      assets: { ...noAssets, whatsapp: '200000000000001' },
    },
    contact: { ...whatsapp, ctwa_clid: berlinClid },
    exit: 0,
    json: { wouldSend: true, reasons: [] },
    check: (_output, run) => expect(run.err).toContain('this is a note, not a reason'),
  },
  {
    name: 'a clid that cannot be a real click (the doc example’s “ARAk…”): Meta would reject it',
    step: purchase,
    contact: { ...whatsapp, ctwa_clid: 'ARAk…' },
    exit: 1,
    says: ['2804087'],
  },
  {
    name: 'a connection that is not stored: simulated, dataset unknown, a note',
    step: { ...purchase, connection: 'Customer account' },
    contact: whatsapp,
    exit: 0,
    json: {
      wouldSend: true,
      reasons: [],
      request: expect.objectContaining({
        url: 'https://graph.facebook.com/v26.0/{dataset_id}/events',
      }) as unknown,
    },
    check: (_output, run) => expect(run.err).toContain('is not stored here'),
  },
  {
    name: 'a connection that is not stored, described by --dataset and --endpoint',
    step: { ...purchase, connection: 'Customer account' },
    contact: whatsapp,
    args: ['--dataset', '1234567890123456', '--endpoint', 'sandbox', '--api-version', 'v25.0'],
    exit: 0,
    check: (output) =>
      expect((output.request as Json).url).toBe(
        'http://127.0.0.1:8765/v25.0/1234567890123456/events',
      ),
  },
  {
    name: 'an extra key in the step',
    step: { ...purchase, note: 'x' },
    contact: whatsapp,
    exit: 2,
    says: ['unknown key "note"'],
  },
  {
    name: 'an extra key in the step’s customer',
    step: { ...purchase, customer: { email: '{{contact.email}}' } },
    contact: whatsapp,
    exit: 2,
    says: ['customer: unknown key "email"'],
  },
  {
    name: 'an extra key in the contact',
    step: purchase,
    contact: { ...whatsapp, name: 'Rina' },
    exit: 2,
    says: ['unknown key "name"'],
  },
  {
    name: 'a Lead with a currency',
    step: { ...lead, currency: 'IDR' },
    contact: messenger,
    exit: 2,
    says: ['currency: only for a Purchase step'],
  },
  {
    name: 'a Purchase without a currency',
    step: { ...purchase, currency: undefined },
    contact: whatsapp,
    exit: 2,
    says: ['currency: required for a Purchase step'],
  },
  {
    name: 'an event other than Purchase or Lead',
    step: { ...purchase, event: 'LeadSubmitted' },
    contact: whatsapp,
    exit: 2,
    says: ['event must be "Purchase" or "Lead"'],
  },
  {
    name: 'a channel other than the three',
    step: purchase,
    contact: { ...whatsapp, channel: 'sms' },
    exit: 2,
    says: ['channel'],
  },
  {
    name: 'a step file that is not JSON',
    step: '{"connection": ',
    contact: whatsapp,
    exit: 2,
    says: ['not valid JSON'],
  },
  {
    name: 'a contact file that does not exist',
    step: purchase,
    contact: '<missing>',
    exit: 2,
    says: ['cannot read the contact file', 'ENOENT'],
  },
  {
    name: '--dataset for a connection that is stored',
    step: purchase,
    contact: whatsapp,
    args: ['--dataset', '1234567890123456'],
    exit: 2,
    says: ['is stored here'],
  },
  {
    name: '--send with a connection that is not stored and no dataset',
    step: { ...purchase, connection: 'Customer account' },
    contact: whatsapp,
    args: ['--send', '--test-event-code', 'TEST9001'],
    exit: 2,
    says: ['no dataset and token to send with'],
  },
  {
    name: '--send: sent as a test event and accepted',
    step: purchase,
    contact: whatsapp,
    args: ['--send', '--test-event-code', 'TEST9100', '--token-env', 'SANDBOX_TOKEN'],
    exit: 0,
    json: {
      wouldSend: true,
      reasons: [],
      result: expect.objectContaining({ outcome: 'accepted' }) as unknown,
    },
  },
  {
    name: '--send with a connection that is not stored, described by the options',
    step: { ...lead, connection: 'Customer account' },
    contact: messenger,
    args: [
      '--send',
      '--test-event-code',
      'TEST9101',
      '--dataset',
      mainDatasetId,
      '--endpoint',
      '<sandbox>',
      '--token-env',
      'SANDBOX_TOKEN',
    ],
    exit: 0,
    json: { result: expect.objectContaining({ outcome: 'accepted' }) as unknown },
  },
  {
    name: '--send: a click the sandbox does not know is rejected',
    step: purchase,
    contact: { ...whatsapp, ctwa_clid: 'ARAkUnknownClickId_0123456789abcdefghijklmnop' },
    args: ['--send', '--test-event-code', 'TEST9102', '--token-env', 'SANDBOX_TOKEN'],
    exit: 1,
    json: {
      wouldSend: true,
      result: expect.objectContaining({ outcome: 'meta_error' }) as unknown,
    },
  },
  {
    name: '--send when the step would send nothing: nothing sent',
    step: purchase,
    contact: { ...whatsapp, ctwa_clid: null },
    args: ['--send', '--test-event-code', 'TEST9103', '--token-env', 'SANDBOX_TOKEN'],
    exit: 1,
    json: { wouldSend: false },
  },
]

let home: string
let sandbox: RunningSandbox
const runs = new Map<string, Run>()

function capi(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [capiBin, ...args],
      {
        env: { ...process.env, CAPI_WORKBENCH_HOME: home, SANDBOX_TOKEN: sandboxToken },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        done({ code, out: stdout, err: stderr })
      },
    )
  })
}

async function runCase(entry: Case, index: number): Promise<Run> {
  const path = async (name: string, value: Json | string) => {
    if (value === '<missing>') return join(home, 'missing.json')
    const file = join(home, `${index}-${name}.json`)
    await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value))
    return file
  }
  const args = (entry.args ?? []).map((arg) => (arg === '<sandbox>' ? sandbox.url : arg))
  return capi([
    'step',
    'simulate',
    await path('step', entry.step),
    '--contact',
    await path('contact', entry.contact),
    '--json',
    ...args,
  ])
}

beforeAll(async () => {
  // bin/capi.mjs runs out/cli/capi.mjs when it is newer than the sources, else the sources through
  // tsx (seconds per run): build it first, as `npm run build:cli` does.
  await new Promise<void>((done, fail) =>
    execFile(process.execPath, [resolve('scripts/buildCli.mjs')], (error) =>
      error ? fail(error) : done(),
    ),
  )
  home = await mkdtemp(join(tmpdir(), 'capi-step-simulate-'))
  sandbox = await startTestSandbox({ now: () => Date.now() })
  const add = (name: string, ...options: string[]) =>
    capi(['connection', 'add', name, ...options]).then((run) =>
      expect(run).toMatchObject({ code: 0 }),
    )
  await add(
    'Acme Brazil',
    '--dataset',
    mainDatasetId,
    '--endpoint',
    sandbox.url,
    '--whatsapp',
    '100000000000001:BR',
    '--page',
    '100000000000002:US',
    '--instagram',
    '17841400000000003:ID',
  )
  await add(
    'Berlin',
    '--dataset',
    '223456789012345',
    '--endpoint',
    sandbox.url,
    '--whatsapp',
    '200000000000001:DE',
    '--page',
    '200000000000002:DE',
    '--instagram',
    '17841400000000013:DE',
  )
  await add('Meta shop', '--dataset', '1234567890123456', '--page', '300000000000002:US')
  // Three at a time: each run is a Node process (two cores shared with other work).
  const queue = cases.map((entry, index) => ({ entry, index }))
  await Promise.all(
    [0, 1, 2].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        runs.set(next.entry.name, await runCase(next.entry, next.index))
      }
    }),
  )
}, 300_000)

afterAll(async () => {
  await sandbox?.close()
  await rm(home, { recursive: true, force: true })
})

describe('capi step simulate, the real command over files', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const run = runs.get(entry.name)!
    expect({ code: run.code, err: entry.exit === 2 ? '' : undefined }).toEqual({
      code: entry.exit,
      err: entry.exit === 2 ? '' : undefined,
    })
    if (entry.exit === 2) {
      expect(run.out).toBe('')
      for (const text of entry.says ?? []) expect(run.err).toContain(text)
      return
    }
    const output = JSON.parse(run.out) as Json
    const sent = entry.args?.includes('--send') === true && output.wouldSend === true
    expect(Object.keys(output)).toEqual([
      'wouldSend',
      'reasons',
      'request',
      ...(sent ? ['result'] : []),
    ])
    expect(Object.keys(output.request as Json)).toEqual(['url', 'body'])
    expect(output.wouldSend).toBe(entry.exit === 0 || sent)
    expect((output.reasons as unknown[]).every((reason) => typeof reason === 'string')).toBe(true)
    expect((output.reasons as unknown[]).length > 0).toBe(!output.wouldSend)
    for (const text of entry.says ?? []) expect(JSON.stringify(output.reasons)).toContain(text)
    if (entry.json) expect(output).toMatchObject(entry.json)
    entry.check?.(output, run)
  })

  it('the sandbox received exactly the accepted sends, under their test event codes', async () => {
    const codes = ['TEST9100', 'TEST9101', 'TEST9102', 'TEST9103']
    const received = await Promise.all(
      codes.map(async (code) => {
        const answer = await fetch(`${sandbox.url}/_sandbox/events?test_event_code=${code}`)
        return ((await answer.json()) as { data: { eventName: string }[] }).data.map(
          (entry) => entry.eventName,
        )
      }),
    )
    expect(received).toEqual([['Purchase'], ['LeadSubmitted'], [], []])
  })
})
