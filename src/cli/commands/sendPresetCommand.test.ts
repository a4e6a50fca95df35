import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import type { PresetContentInput } from '../../shared/presets/presetSchema'
import { PresetStore } from '../../services/presets/presetStore'
import { runCapturedCli } from '../../../test/support/captureCliIo'
import {
  sendJson,
  startGraphTestServer,
  type GraphTestServer,
} from '../../../test/support/graphTestServer'
import { mainDatasetId, testNowMs } from '../../../test/support/sandboxTestKit'
import { historyListCommand } from './historyListCommand'
import { createSendCommand } from './sendCommand'

const home = mkdtempSync(join(tmpdir(), 'capi-send-preset-'))
const now = () => new Date(testNowMs)
const commands = [createSendCommand({ now }), historyListCommand]
const store = new PresetStore({ directory: join(home, 'presets'), now })
let server: GraphTestServer

/** Spacing, key order and an integer above 2^53 that JSON.parse would round. */
const rawBody =
  `{ "data" : [ {"event_name":"Purchase","event_time":${testNowMs / 1000 - 60},"action_source":"business_messaging","messaging_channel":"instagram",` +
  `"user_data":{"ig_account_id":17841400000000003,"ig_sid":"1000000000000004"},"custom_data":{"currency":"BRL","value":120.50}} ] }`

const presets: PresetContentInput[] = [
  {
    kind: 'raw',
    name: 'Raw Instagram purchase',
    body: rawBody,
    sendSettings: { headers: { 'x-capi-check': 'from-preset' }, timeoutMs: 5000 },
  },
  {
    kind: 'step',
    name: 'Lead step',
    step: {
      connection: 'Acme',
      assets: { whatsapp: '100000000000001', page: null, instagram: null },
      event: 'Lead',
      customer: { em: '{{contact.email}}' },
    },
    contact: { channel: 'whatsapp', ctwa_clid: 'ARAk1', contact: { email: 'a@b.co' } },
  },
  { name: 'Draft purchase', draft: createEmptyDraft('whatsapp') },
]

beforeAll(async () => {
  for (const content of presets) await store.save({ content })
  server = await startGraphTestServer((_request, response) =>
    sendJson(response, 200, { events_received: 1, messages: [], fbtrace_id: 'AbC' }),
  )
})
afterAll(() => server.close())

function capi(args: string[]) {
  return runCapturedCli(commands, args, {
    env: { CAPI_WORKBENCH_HOME: home, CAPI_TOKEN: 'TEST-TOKEN-1234' },
  })
}

describe('capi send --preset', () => {
  it('sends a raw preset like --raw: its body byte for byte, its headers, linked in the history', async () => {
    const target = ['--endpoint', server.url, '--dataset', mainDatasetId]
    const run = await capi(['send', '--preset', 'raw-instagram-purchase', ...target])
    const history = await capi(['history', 'list', '--json'])
    const entries = (JSON.parse(history.out) as { entries: { presetId?: string }[] }).entries
    expect([
      run.code,
      server.received[0]?.body,
      server.received[0]?.headers['x-capi-check'],
      entries.map((entry) => entry.presetId),
    ]).toEqual([0, rawBody, 'from-preset', ['raw-instagram-purchase']])
  })

  it('finds a preset by its name too', async () => {
    const target = ['--endpoint', server.url, '--dataset', mainDatasetId]
    // The same real event again: the duplicate guard would refuse it otherwise.
    const run = await capi([
      'send',
      '--preset',
      'Raw Instagram purchase',
      ...target,
      '--allow-duplicate',
    ])
    expect([run.code, server.received.length, server.received[1]?.body]).toEqual([0, 2, rawBody])
  })

  it('refuses a workflow-step preset and names the command that simulates it (exit 2)', async () => {
    const run = await capi(['send', '--preset', 'lead-step', '--dataset', mainDatasetId])
    expect([run.code, run.err.includes('capi step simulate --preset lead-step')]).toEqual([2, true])
  })

  it.each([
    [['send', '--preset', 'nope', '--dataset', mainDatasetId], 'there is no preset "nope"'],
    [['send', 'd.json', '--preset', 'lead-step'], 'give one draft file'],
    [['send', '--raw', 'x.json', '--preset', 'lead-step'], 'give one draft file'],
  ])('exits 2 for %j', async (args, message) => {
    const run = await capi(args)
    expect([run.code, run.err.includes(message)]).toEqual([2, true])
  })
})
