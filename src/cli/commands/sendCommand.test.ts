import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendResultSchema } from '../../shared/capi/sendResult'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import {
  firstEvent,
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  testNowMs,
  whatsappPurchase,
} from '../../../test/support/sandboxTestKit'
import { sendJson, startGraphTestServer } from '../../../test/support/graphTestServer'
import type { CliIo } from '../cliCommand'
import { runCli } from '../runCli'
import { historyListCommand } from './historyListCommand'
import { createSendCommand } from './sendCommand'
import { runCapturedCli } from '../../../test/support/captureCliIo'

const directory = mkdtempSync(join(tmpdir(), 'capi-send-'))
const sendCommand = createSendCommand({ now: () => new Date(testNowMs) })
let sandbox: RunningSandbox

beforeAll(async () => {
  sandbox = await startTestSandbox()
})

afterAll(async () => {
  await sandbox.close()
})

function writeJson(name: string, value: unknown): string {
  const path = join(directory, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

/** A fresh data directory per run: every send is recorded, and the duplicate guard reads it. */
function freshHome(): string {
  return mkdtempSync(join(directory, 'home-'))
}

/** The kit's purchase without its test event code: a real event, which the duplicate guard watches. */
function realPurchase() {
  const { test_event_code: _testCode, ...real } = whatsappPurchase() as Record<string, unknown>
  return real
}

function capi(
  args: string[],
  env: NodeJS.ProcessEnv = { CAPI_TOKEN: sandboxToken },
  home = freshHome(),
) {
  return runCapturedCli([sendCommand], ['send', ...args], {
    env: { CAPI_WORKBENCH_HOME: home, ...env },
  })
}

function sandboxArgs(): string[] {
  return ['--endpoint', sandbox.url, '--dataset', mainDatasetId]
}

describe('capi send --raw', () => {
  it('sends a valid body to the sandbox and exits 0', async () => {
    const body = writeJson('purchase.json', whatsappPurchase())
    const { code, out } = await capi(['--raw', body, ...sandboxArgs()])
    const lines = out.split('\n')
    expect([code, lines[0], lines[1], lines[2]]).toEqual([
      0,
      `target: ${sandbox.url}`,
      `POST ${sandbox.url}/v26.0/${mainDatasetId}/events`,
      expect.stringMatching(/^HTTP 200: accepted · events_received 1 of 1 sent · fbtrace_id \S+$/),
    ])
  })

  it('prints a machine-readable result with --json', async () => {
    const body = writeJson('purchase-json.json', whatsappPurchase())
    const { code, out } = await capi([
      '--raw',
      body,
      ...sandboxArgs(),
      '--json',
      '--test-event-code',
      'TEST777',
    ])
    const parsed = JSON.parse(out) as { sent: boolean; result: unknown }
    const result = sendResultSchema.parse(parsed.result)
    expect([
      code,
      parsed.sent,
      result.outcome,
      JSON.parse(result.request.body!).test_event_code,
    ]).toEqual([0, true, 'accepted', 'TEST777'])
  })

  it('refuses an invalid body with exit 2 and sends nothing', async () => {
    const broken = whatsappPurchase()
    firstEvent(broken).event_name = 'Lead'
    const body = writeJson('lead.json', broken)
    const before = sandbox.testEvents
    const { code, err } = await capi([
      '--raw',
      body,
      ...sandboxArgs(),
      '--test-event-code',
      'TEST1',
    ])
    expect([code, err.includes('Nothing was sent'), before.list('TEST1').length]).toEqual([
      2,
      true,
      0,
    ])
  })

  it('sends anyway with --force, and explains the rejection with exit 1', async () => {
    const broken = whatsappPurchase()
    firstEvent(broken).event_name = 'Lead'
    const body = writeJson('lead-forced.json', broken)
    const { code, out } = await capi(['--raw', body, ...sandboxArgs(), '--force'])
    expect([
      code,
      out.includes('HTTP 400: rejected by Meta'),
      out.includes('Messaging Event Invalid Event Type (code 100 / 2804066)'),
    ]).toEqual([1, true, true])
  })

  it('exits 1 with a typed error when the network says no', async () => {
    const body = writeJson('purchase-refused.json', whatsappPurchase())
    const { code, out } = await capi([
      '--raw',
      body,
      '--endpoint',
      'http://127.0.0.1:9',
      '--dataset',
      mainDatasetId,
    ])
    expect([code, out.includes('network error (connection_refused)')]).toEqual([1, true])
  })

  it('passes a sandbox fault header and reports the fault', async () => {
    const body = writeJson('purchase-html.json', whatsappPurchase())
    const { code, out } = await capi([
      '--raw',
      body,
      ...sandboxArgs(),
      '--header',
      'x-sandbox-fault: html',
    ])
    expect([code, out.includes('network error (not_json)')]).toEqual([1, true])
  })
})

function whatsappDraft(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    channel: 'whatsapp',
    eventName: 'Purchase',
    eventTime: { mode: 'now' },
    eventId: 'order-10042',
    ids: {
      whatsappBusinessAccountId: '100000000000001',
      ctwaClid: 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
    },
    customData: { currency: 'USD', value: '49.90', orderId: '10042' },
    customer: { ph: ['+1 (650) 555-1212'] },
    ...overrides,
  }
}

describe('capi send <draft.json>', () => {
  it('builds the request from a draft (hashing customer data) and the sandbox accepts it', async () => {
    const draft = writeJson('draft.json', whatsappDraft())
    const { code, out } = await capi([draft, ...sandboxArgs(), '--json'])
    const { result } = JSON.parse(out) as { result: { outcome: string; request: { body: string } } }
    const sent = JSON.parse(result.request.body) as { data: { user_data: { ph: string[] } }[] }
    expect([code, result.outcome, sent.data[0]!.user_data.ph]).toEqual([
      0,
      'accepted',
      ['e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
    ])
  })

  it('refuses a draft whose problems are errors, and says why', async () => {
    const draft = writeJson(
      'draft-no-clid.json',
      whatsappDraft({ ids: { whatsappBusinessAccountId: '100000000000001' } }),
    )
    const { code, err } = await capi([draft, ...sandboxArgs()])
    expect([code, err.includes('error: ids.ctwaClid'), err.includes('Nothing was sent')]).toEqual([
      2,
      true,
      true,
    ])
  })

  it('reports an unreadable draft with exit 2', async () => {
    const draft = writeJson('draft-bad.json', { schemaVersion: 1, channel: 'telegram' })
    const { code, err } = await capi([draft, ...sandboxArgs()])
    expect([code, err.includes('the draft is not valid')]).toEqual([2, true])
  })
})

describe('capi send: input errors exit 2', () => {
  const cases: Array<[string, string[], NodeJS.ProcessEnv, string]> = [
    ['token as argument', ['--raw', 'x.json', '--token', 'abc'], {}, '--token is not accepted'],
    [
      'empty token variable',
      ['--raw', 'x.json', '--dataset', '123456789012345'],
      {},
      'the environment variable CAPI_TOKEN is empty',
    ],
    ['no dataset', ['--raw', 'x.json'], { CAPI_TOKEN: 't' }, 'say which dataset'],
    [
      'bad version',
      ['--raw', 'x.json', '--dataset', '1', '--api-version', '26'],
      { CAPI_TOKEN: 't' },
      'is not shaped like v26.0',
    ],
    ['both inputs', ['d.json', '--raw', 'x.json'], { CAPI_TOKEN: 't' }, 'give one draft file'],
    [
      'missing file',
      ['--raw', join(directory, 'none.json'), '--dataset', '1'],
      { CAPI_TOKEN: 't' },
      'cannot read',
    ],
    [
      'bad timeout',
      ['--raw', 'x.json', '--timeout-ms', '100'],
      { CAPI_TOKEN: 't' },
      '--timeout-ms must be',
    ],
    [
      'unknown connection',
      ['--raw', 'x.json', '--connection', 'shop'],
      {},
      'There is no connection with that name',
    ],
  ]

  it.each(cases)('%s', async (_name, args, env, message) => {
    const { code, err } = await capi(args, env)
    expect([code, err.includes(message) ? message : err]).toEqual([2, message])
  })
})

describe('capi send --raw: bytes as written, evidence, fewer events received', () => {
  const bigIdBody = (time: number) =>
    `{ "data" : [ {"event_name":"Purchase","event_time":${time},"action_source":"business_messaging","messaging_channel":"instagram",` +
    `"user_data":{"ig_account_id":17841400000000003,"ig_sid":"1000000000000004"},"custom_data":{"currency":"BRL","value":120.50}} ] }`

  it('sends the file byte for byte, big integer IDs and spacing included', async () => {
    const server = await startGraphTestServer((_request, response) =>
      sendJson(response, 200, { events_received: 1, messages: [], fbtrace_id: 'AbC' }),
    )
    const text = bigIdBody(Math.floor(testNowMs / 1000) - 60)
    const body = writeJson('big-id.json', text)
    const withCode = writeJson('big-id-2.json', text)
    const plain = await capi(['--raw', body, '--endpoint', server.url, '--dataset', mainDatasetId])
    const changed = await capi([
      '--raw',
      withCode,
      '--endpoint',
      server.url,
      '--dataset',
      mainDatasetId,
      '--test-event-code',
      'TEST123',
    ])
    await server.close()
    expect([
      plain.code,
      server.received[0]!.body,
      changed.code,
      server.received[1]!.body.includes('"ig_account_id":17841400000000003'),
      server.received[1]!.body.includes('"value":120.5'),
      plain.err.includes('warning (assumption): data.0.user_data.ig_account_id'),
    ]).toEqual([0, text, 0, true, true, true])
  })

  it.each([
    [
      'zero-received',
      'HTTP 200: NOT fully accepted · events_received 0 of 2 sent',
      'Meta counted none of the events',
    ],
    [
      'partial-received',
      'HTTP 200: NOT fully accepted · events_received 1 of 2 sent',
      'Meta counted only some of the events',
    ],
  ])('exits 1 for the fault mode %s and gives its advice', async (fault, status, title) => {
    const batch = {
      ...whatsappPurchase(),
      data: [firstEvent(whatsappPurchase()), firstEvent(whatsappPurchase())],
    }
    ;(batch.data[1] as Record<string, unknown>).event_id = 'order-10043'
    const body = writeJson(`${fault}.json`, batch)
    const { code, out } = await capi([
      '--raw',
      body,
      ...sandboxArgs(),
      '--header',
      `x-sandbox-fault: ${fault}`,
    ])
    expect([
      code,
      out.includes(status),
      out.includes(title),
      out.includes('Evidence: seen in live answers'),
    ]).toEqual([1, true, true, true])
  })

  it('says the evidence of a rejection in words', async () => {
    const broken = whatsappPurchase()
    delete (firstEvent(broken).user_data as Record<string, unknown>).whatsapp_business_account_id
    const body = writeJson('no-waba.json', broken)
    const { code, out } = await capi(['--raw', body, ...sandboxArgs(), '--force'])
    expect([
      code,
      out.includes('Missing Page or WhatsApp Business Account identification (code 100 / 2804116)'),
      out.includes('Evidence: seen in live answers, Sept 2026, 2 reports'),
      out.includes('x-capi-workbench-evidence: observed'),
    ]).toEqual([1, true, true, true])
  })
})

describe('capi send: the token never appears in output', () => {
  it('keeps a canary token out of stdout and stderr, even when the server echoes it', async () => {
    const canary = 'CANARY-CLI-TOKEN-93be1f'
    const server = await startGraphTestServer((request, response) =>
      sendJson(response, 401, {
        error: {
          message: `Invalid token ${request.headers.authorization}`,
          type: 'OAuthException',
          code: 190,
        },
      }),
    )
    const body = writeJson('canary.json', { ...whatsappPurchase(), access_token: canary })
    const plain = await capi(
      [
        '--raw',
        body,
        '--endpoint',
        server.url,
        '--dataset',
        mainDatasetId,
        '--token-env',
        'SECRET',
      ],
      { SECRET: canary },
    )
    const json = await capi(
      [
        '--raw',
        body,
        '--endpoint',
        server.url,
        '--dataset',
        mainDatasetId,
        '--token-env',
        'SECRET',
        '--json',
      ],
      { SECRET: canary },
    )
    await server.close()
    const output = [plain.out, plain.err, json.out, json.err].join('\n')
    expect([
      plain.code,
      server.received[0]!.headers.authorization,
      server.received[0]!.body.includes(canary),
      output.includes(canary),
      plain.out.includes('Invalid OAuth access token (code 190)'),
    ]).toEqual([1, `Bearer ${canary}`, false, false, true])
  })
})

describe('capi send --connection (hook for stored connections)', () => {
  it('takes endpoint, dataset, version and token from the resolver', async () => {
    const withConnections = createSendCommand({
      now: () => new Date(testNowMs),
      resolveConnection: async () => ({
        baseUrl: sandbox.url,
        datasetId: mainDatasetId,
        version: 'v25.0',
        token: sandboxToken,
      }),
    })
    const body = writeJson('purchase-connection.json', whatsappPurchase())
    const stdout = new PassThrough()
    let out = ''
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const io: CliIo = {
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
      env: { CAPI_WORKBENCH_HOME: freshHome() },
      stopSignal: new Promise(() => {}),
    }
    const code = await runCli(
      [withConnections],
      ['send', '--raw', body, '--connection', 'shop'],
      io,
    )
    expect([code, out.split('\n').slice(0, 2)]).toEqual([
      0,
      ['target: connection "shop"', `POST ${sandbox.url}/v25.0/${mainDatasetId}/events`],
    ])
  })

  it("notes (revision 2: not a warning) a connection's WABA in a restricted region in a raw body", async () => {
    const withConnections = createSendCommand({
      now: () => new Date(testNowMs),
      resolveConnection: async () => ({
        baseUrl: sandbox.url,
        datasetId: mainDatasetId,
        version: 'v26.0',
        token: sandboxToken,
        assets: [{ kind: 'whatsapp', id: '100000000000001', country: 'DE' }],
      }),
    })
    const body = writeJson('purchase-restricted.json', whatsappPurchase())
    const stderr = new PassThrough()
    let err = ''
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const io: CliIo = {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr,
      env: { CAPI_WORKBENCH_HOME: freshHome() },
      stopSignal: new Promise(() => {}),
    }
    const code = await runCli(
      [withConnections],
      ['send', '--raw', body, '--connection', 'shop'],
      io,
    )
    expect([
      code,
      err.includes(
        'info (assumption): data.0.user_data.whatsapp_business_account_id: WABA registered in Germany (DE): a note only',
      ),
      err.includes('warning'),
    ]).toEqual([0, true, false])
  })
})

describe('capi send goes through the send service: history and the duplicate guard', () => {
  const history = historyListCommand
  function inHome(home: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    return runCapturedCli([sendCommand, history], args, {
      env: { CAPI_WORKBENCH_HOME: home, CAPI_TOKEN: sandboxToken, ...env },
    })
  }

  it('records every send, refuses a real event already accepted (exit 2), sends it with --allow-duplicate', async () => {
    const home = freshHome()
    const body = writeJson('purchase-duplicate.json', realPurchase())
    const first = await inHome(home, ['send', '--raw', body, ...sandboxArgs()])
    const before = sandbox.testEvents
    const again = await inHome(home, ['send', '--raw', body, ...sandboxArgs()])
    const forced = await inHome(home, [
      'send',
      '--raw',
      body,
      ...sandboxArgs(),
      '--allow-duplicate',
    ])
    const listed = await inHome(home, ['history', 'list', '--json'])
    const entries = (JSON.parse(listed.out) as { entries: { outcome: string; endpoint: string }[] })
      .entries
    expect({
      first: first.code,
      historyLine: /^history: \S+ \(capi history show \S+\)$/m.test(first.out),
      again: again.code,
      againSays: [
        again.err.includes('was already accepted on'),
        again.err.includes('Add --allow-duplicate'),
      ],
      sentWhenRefused: again.out,
      forced: forced.code,
      recorded: entries.map((entry) => [entry.outcome, entry.endpoint]),
      testEventsUntouched: before === sandbox.testEvents,
    }).toEqual({
      first: 0,
      historyLine: true,
      again: 2,
      againSays: [true, true],
      sentWhenRefused: '',
      forced: 0,
      recorded: [
        ['accepted', sandbox.url],
        ['accepted', sandbox.url],
      ],
      testEventsUntouched: true,
    })
  })

  it('does not guard test events: the same test event can be sent again', async () => {
    const home = freshHome()
    const body = writeJson('purchase-test-twice.json', realPurchase())
    const args = ['send', '--raw', body, ...sandboxArgs(), '--test-event-code', 'TEST42']
    const codes = [(await inHome(home, args)).code, (await inHome(home, args)).code]
    expect(codes).toEqual([0, 0])
  })

  it('records a timed-out attempt as unknown, and the next attempt says so', async () => {
    const home = freshHome()
    const body = writeJson('purchase-timeout.json', realPurchase())
    const started = Date.now()
    const timedOut = await inHome(home, [
      'send',
      '--raw',
      body,
      ...sandboxArgs(),
      '--header',
      'x-sandbox-fault: timeout',
      '--timeout-ms',
      '1500',
    ])
    // --timeout-ms wins over the setting's 10 s default (the sandbox's timeout fault hangs longer).
    const waitedMs = Date.now() - started
    const next = await inHome(home, ['send', '--raw', body, ...sandboxArgs()])
    const listed = await inHome(home, ['history', 'list', '--outcome', 'unknown', '--json'])
    expect({
      timedOut: timedOut.code,
      next: next.code,
      says: next.err.includes(
        'with an unknown outcome (No answer in time): Meta may have counted it',
      ),
      unknown: (JSON.parse(listed.out) as { entries: unknown[] }).entries.length,
      gaveUpEarly: waitedMs < 8000,
    }).toEqual({ timedOut: 1, next: 0, says: true, unknown: 1, gaveUpEarly: true })
  })
})

describe('capi send: the endpoint rule of connections.save', () => {
  it('refuses --connection with --endpoint unless the token comes from --token-env', async () => {
    const withConnection = createSendCommand({
      now: () => new Date(testNowMs),
      resolveConnection: async () => ({
        baseUrl: sandbox.url,
        datasetId: mainDatasetId,
        version: 'v26.0',
        token: sandboxToken,
      }),
    })
    const body = writeJson('purchase-endpoint.json', whatsappPurchase())
    const run = (extra: string[], env: NodeJS.ProcessEnv = {}) =>
      runCapturedCli(
        [withConnection],
        ['send', '--raw', body, '--connection', 'shop', '--test-event-code', 'T1', ...extra],
        { env: { CAPI_WORKBENCH_HOME: freshHome(), ...env } },
      )
    const refused = await run(['--endpoint', sandbox.url])
    const allowed = await run(['--endpoint', sandbox.url, '--token-env', 'OTHER'], {
      OTHER: sandboxToken,
    })
    expect({
      refused: refused.code,
      explained: refused.err.includes('would send the keychain token of "shop"'),
      allowed: allowed.code,
    }).toEqual({ refused: 2, explained: true, allowed: 0 })
  })

  it('refuses plain http to another machine (https, or http only to this machine)', async () => {
    const body = writeJson('purchase-http.json', whatsappPurchase())
    const { code, err } = await capi([
      '--raw',
      body,
      '--endpoint',
      'http://graph.example.com',
      '--dataset',
      mainDatasetId,
    ])
    expect([code, err.includes('Use https, or http only for this machine')]).toEqual([2, true])
  })
})
