import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  testNowMs,
  whatsappPurchase,
} from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import { MemorySecretStore } from '../../services/secrets/memorySecretStore'
import { createConnectionAddCommand } from './connectionAddCommand'
import { createConnectionCheckCommand } from './connectionCheckCommand'
import type { ConnectionCliDependencies } from './connectionCli'
import { createConnectionListCommand } from './connectionListCommand'
import { createConnectionRemoveCommand } from './connectionRemoveCommand'
import { createConnectionResolver } from './connectionResolver'
import { createConnectionShowCommand } from './connectionShowCommand'
import { createSendCommand } from './sendCommand'
import { createTokenSetCommand } from './tokenSetCommand'
import { runCapturedCli } from '../../../test/support/captureCliIo'

const home = mkdtempSync(join(tmpdir(), 'capi-connection-cli-'))
const secrets = new MemorySecretStore()
const deps: ConnectionCliDependencies = {
  secretStore: () => secrets,
  now: () => new Date(testNowMs),
}
const commands = [
  createConnectionAddCommand(deps),
  createConnectionListCommand(deps),
  createConnectionShowCommand(deps),
  createConnectionRemoveCommand(deps),
  createConnectionCheckCommand(deps),
  createTokenSetCommand(deps),
  createSendCommand({
    resolveConnection: createConnectionResolver(deps),
    now: () => new Date(testNowMs),
  }),
]
let sandbox: RunningSandbox

beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

function capi(args: string[], stdin = '') {
  return runCapturedCli(commands, args, { stdin, env: { CAPI_WORKBENCH_HOME: home } })
}

describe('capi connection and token commands', () => {
  it('adds a connection against the sandbox, stores the token from stdin and checks it', async () => {
    const added = await capi([
      'connection',
      'add',
      'Sandbox store',
      '--dataset',
      mainDatasetId,
      '--endpoint',
      sandbox.url,
      '--whatsapp',
      '100000000000001:br',
      '--page',
      '100000000000002:US',
    ])
    const set = await capi(['token', 'set', 'sandbox store'], `${sandboxToken}\n`)
    const check = await capi(['connection', 'check', 'Sandbox store', '--json'])
    const report = JSON.parse(check.out) as { outcome: string; summary: string }
    expect([added.code, set.code, set.out, check.code, report.outcome, report.summary]).toEqual([
      0,
      0,
      'Stored the token …34 for "Sandbox store" in the OS keychain. Check it: capi connection check "Sandbox store"\n',
      0,
      'passed',
      'Token valid (never expires), dataset "Sandbox store (US/BR/ID)" found, 2 of 2 assets linked.',
    ])
  })

  it('lists and shows connections with the token only as a hint', async () => {
    const list = await capi(['connection', 'list', '--json'])
    const show = await capi(['connection', 'show', 'Sandbox store'])
    const listed = JSON.parse(list.out) as { connections: Array<Record<string, unknown>> }
    expect([
      listed.connections.map((c) => [
        c.name,
        c.hasToken,
        c.tokenHint,
        (c.lastCheck as { outcome: string }).outcome,
      ]),
      show.out.includes('Token        …34 (in the keychain'),
      (list.out + show.out).includes(sandboxToken),
    ]).toEqual([[['Sandbox store', true, '…34', 'passed']], true, false])
  })

  it('sends with --connection using the stored endpoint, dataset and token', async () => {
    const body = join(home, 'body.json')
    writeFileSync(body, JSON.stringify(whatsappPurchase()))
    const sent = await capi([
      'send',
      '--raw',
      body,
      '--connection',
      'Sandbox store',
      '--test-event-code',
      'TEST123',
      '--json',
    ])
    const output = JSON.parse(sent.out) as { result: { outcome: string; request: { url: string } } }
    expect([
      sent.code,
      output.result.outcome,
      output.result.request.url,
      sent.out.includes(sandboxToken),
    ]).toEqual([0, 'accepted', `${sandbox.url}/v26.0/${mainDatasetId}/events`, false])
  })

  it('fails a check with a bad token (exit 1) and refuses usage errors (exit 2)', async () => {
    await capi(['token', 'set', 'Sandbox store'], 'NOT-A-KNOWN-TOKEN')
    const check = await capi(['connection', 'check', 'Sandbox store'])
    const results = [
      check.code,
      check.out.includes('Result: failed. Token not valid; 1 error.'),
      (await capi(['token', 'set', 'Sandbox store', '--token', 'x'])).code,
      (await capi(['token', 'set', 'Sandbox store'], '  \n')).code,
      (await capi(['connection', 'add', 'Other', '--dataset', '1', '--page', '12'])).code,
      (await capi(['connection', 'add', 'sandbox STORE', '--dataset', '1'])).code,
      (await capi(['connection', 'show', 'Nobody'])).err,
    ]
    expect(results).toEqual([
      1,
      true,
      2,
      2,
      2,
      1,
      'capi connection show: There is no connection with that name or id (capi connection list shows them).\n',
    ])
  })

  it('removes the connection and its token', async () => {
    const removed = await capi(['connection', 'remove', 'Sandbox store'])
    const list = await capi(['connection', 'list'])
    expect([removed.out, list.out, secrets.entries.size]).toEqual([
      'Removed connection "Sandbox store" and its token from the keychain.\n',
      'No connections yet. Add one: capi connection add NAME --dataset ID\n',
      0,
    ])
  })
})
