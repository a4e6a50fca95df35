import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConnectionAddCommand } from '../../src/cli/commands/connectionAddCommand'
import { createConnectionCheckCommand } from '../../src/cli/commands/connectionCheckCommand'
import type { ConnectionCliDependencies } from '../../src/cli/commands/connectionCli'
import { createConnectionListCommand } from '../../src/cli/commands/connectionListCommand'
import { createConnectionResolver } from '../../src/cli/commands/connectionResolver'
import { createConnectionShowCommand } from '../../src/cli/commands/connectionShowCommand'
import { createSendCommand } from '../../src/cli/commands/sendCommand'
import { createTokenSetCommand } from '../../src/cli/commands/tokenSetCommand'
import { createServices } from '../../src/services/createServices'
import { ensurePrivateDirectory } from '../../src/services/dataDirectory'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import type { HandlerTable } from '../../src/services/ipc/handlerTable'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { type RunningSandbox, startSandbox } from '../../src/meta-sandbox/startSandbox'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { exampleIds, exampleWhatsAppPurchase } from '../../src/shared/capi/rules/exampleBodies'
import { prepareTestKeychain } from '../setup/testKeychain'
import { findCanary, readTree } from '../support/canaryScan'
import { testDependencies } from '../support/testDependencies'
import { runCapturedCli } from '../support/captureCliIo'

/** A token nobody else uses: not shaped like EAA…, so only exact-token redaction can hide it. */
const canary = `CANARY|${randomBytes(16).toString('hex')}`
const keychain = await prepareTestKeychain()
const captured = new Map<string, string>()
let serial = 0
function capture(where: string, value: unknown): void {
  captured.set(`${++serial} ${where}`, typeof value === 'string' ? value : JSON.stringify(value))
}

let home: string
let sandbox: RunningSandbox
let handlers: HandlerTable

async function ipc(channel: string, input?: unknown): Promise<Record<string, unknown>> {
  const result = await dispatch(handlers, channel, input, {
    onUnexpected: (name, error) =>
      capture(`unexpected ${name}`, String(error) + String((error as Error)?.stack)),
  })
  capture(`ipc ${channel}`, result)
  return result as Record<string, unknown>
}

function valueOf<T>(result: Record<string, unknown>): T {
  if (result.ok !== true) throw new Error(`expected ok, got ${JSON.stringify(result)}`)
  return result.value as T
}

async function capi(commandArgs: string[], stdin = ''): Promise<number> {
  const deps: ConnectionCliDependencies = { secretStore: () => keychain.store }
  const commands = [
    createConnectionAddCommand(deps),
    createConnectionListCommand(deps),
    createConnectionShowCommand(deps),
    createConnectionCheckCommand(deps),
    createTokenSetCommand(deps),
    createSendCommand({ resolveConnection: createConnectionResolver(deps) }),
  ]
  const { code, out, err } = await runCapturedCli(commands, commandArgs, {
    stdin,
    env: { CAPI_WORKBENCH_HOME: home },
  })
  capture(`cli ${commandArgs.slice(0, 2).join(' ')}`, out + err)
  return code
}

function whatsappDraft(ctwaClid: string) {
  return {
    schemaVersion: 1,
    channel: 'whatsapp',
    eventName: 'Purchase',
    eventTime: { mode: 'now' },
    ids: { whatsappBusinessAccountId: exampleIds.wabaId, ctwaClid },
    customData: { currency: 'USD', value: '49.90', orderId: '10042' },
    customer: { ph: ['+1 650 555 1212'] },
    testEventCode: 'TEST12345',
  }
}

beforeAll(async () => {
  home = await ensurePrivateDirectory(await mkdtemp(join(tmpdir(), 'capi-canary-')))
  const fixtures = defaultSandboxFixtures()
  fixtures.tokens.push({ ...fixtures.tokens[0]!, token: canary, name: 'Canary user' })
  sandbox = await startSandbox({ fixtures, onRequest: (entry) => capture('sandbox log', entry) })
  const eventBus = new EventBus()
  eventBus.subscribe((name, payload) => capture(`event ${name}`, payload))
  handlers = createServices(
    testDependencies(home, { eventBus, secretStore: keychain.store }),
  ).handlers
})

afterAll(async () => {
  await sandbox?.close()
  await keychain.store.delete('keychain-probe').catch(() => false)
  await rm(home, { recursive: true, force: true })
})

describe.skipIf(keychain.mode === 'skip')('canary token leak test', () => {
  it('has a real keychain (in CI a missing keychain is a failure)', () => {
    expect(keychain.reason).toBeUndefined()
  })

  it('takes the canary through every flow and finds it nowhere', async () => {
    // IPC: create, set the token, read back, check, send accepted and rejected, history, export.
    const created = valueOf<{ id: string }>(
      await ipc('connections.save', {
        name: 'Canary shop',
        datasetId: exampleIds.datasetId,
        endpoint: { kind: 'sandbox', url: sandbox.url },
        assets: { whatsapp: { id: exampleIds.wabaId, country: 'BR' } },
      }),
    )
    const id = created.id
    await ipc('connections.setToken', { id, token: canary })
    await ipc('connections.get', { id })
    await ipc('connections.list')
    const check = valueOf<{ outcome: string }>(await ipc('connections.check', { id }))
    const accepted = valueOf<{ outcome: string }>(
      await ipc('events.send', { draft: whatsappDraft(exampleIds.ctwaClid), connectionId: id }),
    )
    const rejected = valueOf<{ outcome: string }>(
      await ipc('events.send', {
        draft: whatsappDraft('ARAkUnknownClickId_zzzzzzzzzzzzzzzzzzzzzzzzzzzz'),
        connectionId: id,
      }),
    )
    await ipc('history.list', {})
    await ipc('presets.save', {
      content: {
        name: 'Canary purchase',
        connectionName: 'Canary shop',
        draft: whatsappDraft(exampleIds.ctwaClid),
      },
    })
    await ipc('transfer.export', { scope: { kind: 'all' } })

    // Error paths: a token the contract refuses, ids and names that do not exist, a dead endpoint.
    await ipc('connections.setToken', { id, token: `${canary} with spaces` })
    await ipc('connections.setToken', { id: canary.toLowerCase().replace('|', '-'), token: canary })
    await ipc('connections.get', { id: canary })
    await ipc('events.send', { draft: whatsappDraft(exampleIds.ctwaClid), connectionId: canary })
    const dead = valueOf<{ id: string }>(
      await ipc('connections.save', {
        name: 'Dead end',
        datasetId: exampleIds.datasetId,
        endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:9' },
      }),
    )
    await ipc('connections.setToken', { id: dead.id, token: canary })
    await ipc('connections.check', { id: dead.id })
    await ipc('events.send', { draft: whatsappDraft(exampleIds.ctwaClid), connectionId: dead.id })
    const lockedHandlers = createServices(
      testDependencies(home, {
        secretStore: new MemorySecretStore({ problem: 'Locked.', fix: 'Unlock.' }),
      }),
    ).handlers
    capture(
      'ipc locked setToken',
      await dispatch(lockedHandlers, 'connections.setToken', { id, token: canary }),
    )

    // CLI: token from stdin, check, show, list, send with --connection, a raw body with a token in it.
    const bodyFile = join(tmpdir(), `canary-body-${process.pid}.json`)
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        bodyFile,
        JSON.stringify({
          ...exampleWhatsAppPurchase(Math.floor(Date.now() / 1000) - 60),
          access_token: canary,
        }),
      ),
    )
    const cliCodes = [
      await capi([
        'connection',
        'add',
        'Canary CLI',
        '--dataset',
        exampleIds.datasetId,
        '--endpoint',
        sandbox.url,
        '--whatsapp',
        `${exampleIds.wabaId}:BR`,
      ]),
      await capi(['token', 'set', 'Canary CLI'], `${canary}\n`),
      await capi(['connection', 'check', 'Canary CLI']),
      await capi(['connection', 'show', 'Canary CLI', '--json']),
      await capi(['connection', 'list']),
      await capi(['send', '--raw', bodyFile, '--connection', 'Canary CLI', '--json']),
      await capi([
        'send',
        '--raw',
        bodyFile,
        '--connection',
        'Canary CLI',
        '--header',
        'x-sandbox-fault: http500',
      ]),
    ]
    await rm(bodyFile, { force: true })

    const { texts, entries } = await readTree(home)
    const everything = new Map([...texts, ...captured])
    const loose = entries.filter((entry) => (entry.mode & 0o077) !== 0)
    expect({
      flows: [check.outcome, accepted.outcome, rejected.outcome, cliCodes],
      filesScanned: texts.size > 3,
      outputsScanned: captured.size > 30,
      hits: findCanary(canary, everything),
      notOwnerOnly: loose.map((entry) => `${entry.path} ${entry.mode.toString(8)}`),
    }).toEqual({
      flows: ['passed', 'accepted', 'meta_error', [0, 0, 0, 0, 0, 0, 1]],
      filesScanned: true,
      outputsScanned: true,
      hits: [],
      notOwnerOnly: [],
    })
  })
})
