import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyShowCommand } from '../../src/cli/commands/historyShowCommand'
import { createServices } from '../../src/services/createServices'
import { ensurePrivateDirectory } from '../../src/services/dataDirectory'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import type { HandlerTable } from '../../src/services/ipc/handlerTable'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { exampleIds } from '../../src/shared/capi/rules/exampleBodies'
import { runCapturedCli } from '../support/captureCliIo'
import { findCanary, readTree } from '../support/canaryScan'
import { startGraphTestServer, type GraphTestServer } from '../support/graphTestServer'
import { testDependencies } from '../support/testDependencies'

/**
 * The token paths an echoing endpoint opens: the answer repeats the token as JSON escapes
 * (`\u0043…`, `\/`), which a search of the raw text never finds, in error messages, nested
 * fields, keys and a non-JSON page. A pasted payload carries it at every depth. None of it may
 * reach an IPC answer (the renderer), an event, a file (history.jsonl) or `capi history show`.
 * The canary has slashes (for `\/`) and is not shaped like a Meta token: only the exact known
 * token and the decoding can hide it.
 */
const canary = `CANARY/echo/${randomBytes(12).toString('hex')}`
const unicodeEscaped = [...canary]
  .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`)
  .join('')
const slashEscaped = canary.replaceAll('/', '\\/')
const captured = new Map<string, string>()
let serial = 0
const capture = (where: string, value: unknown) =>
  captured.set(`${++serial} ${where}`, typeof value === 'string' ? value : JSON.stringify(value))

let home: string
let eventsSeen = 0
let echo: GraphTestServer
let handlers: HandlerTable

async function ipc(channel: string, input?: unknown): Promise<Record<string, unknown>> {
  const result = (await dispatch(handlers, channel, input, {
    onUnexpected: (name, error) => capture(`unexpected ${name}`, String(error)),
  })) as Record<string, unknown>
  capture(`ipc ${channel}`, result)
  return result
}

beforeAll(async () => {
  home = await ensurePrivateDirectory(await mkdtemp(join(tmpdir(), 'capi-canary-echo-')))
  echo = await startGraphTestServer((request, response) => {
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '')
    const escapedNow = token === canary ? unicodeEscaped : token
    const isEvents = request.url.includes('/events')
    if (isEvents) eventsSeen++
    const scenario = !isEvents ? 'me' : eventsSeen % 2 === 1 ? 'error' : 'html'
    if (scenario === 'html') {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end(`<html><body>bad gateway for "${escapedNow}" and ${slashEscaped}</body></html>`)
      return
    }
    response.writeHead(scenario === 'error' ? 400 : 200, { 'content-type': 'application/json' })
    response.end(
      scenario === 'error'
        ? `{"error":{"message":"Invalid OAuth access token: ${escapedNow}","type":"OAuthException","code":190,"error_user_msg":"token ${slashEscaped}","error_data":{"nested":["${escapedNow}"],"${escapedNow}":1},"fbtrace_id":"EchoTrace1"}}`
        : `{"id":"1","name":"${escapedNow}","echo":"${slashEscaped}"}`,
    )
  })
  const eventBus = new EventBus()
  eventBus.subscribe((name, payload) => capture(`event ${name}`, payload))
  handlers = createServices(
    testDependencies(home, { eventBus, secretStore: new MemorySecretStore() }),
  ).handlers
})

afterAll(async () => {
  await echo?.close()
  await rm(home, { recursive: true, force: true })
})

function draft() {
  return {
    schemaVersion: 1,
    channel: 'whatsapp',
    eventName: 'Purchase',
    eventTime: { mode: 'now' },
    ids: { whatsappBusinessAccountId: exampleIds.wabaId, ctwaClid: exampleIds.ctwaClid },
    customData: { currency: 'USD', value: '49.90' },
    customer: { ph: ['+1 650 555 1212'] },
    testEventCode: 'TEST12345',
  }
}

describe('canary: an endpoint that echoes the token in escaped forms', () => {
  it('keeps every escaped echo out of IPC answers, events, files and capi history show', async () => {
    const created = (await ipc('connections.save', {
      name: 'Echo shop',
      datasetId: exampleIds.datasetId,
      endpoint: { kind: 'sandbox', url: echo.url },
    })) as { ok: boolean; value: { id: string } }
    const id = created.value.id
    await ipc('connections.setToken', { id, token: canary })
    await ipc('connections.check', { id })
    const sent = (await ipc('events.send', { draft: draft(), connectionId: id })) as {
      ok: boolean
      value: { outcome: string; historyId?: string }
    }
    const page = (await ipc('events.send', { draft: draft(), connectionId: id })) as {
      value: { outcome: string }
    }
    const listed = (await ipc('history.list', {})) as {
      value: { entries: Array<{ id: string }> }
    }
    for (const entry of listed.value.entries) await ipc('history.get', { id: entry.id })

    // A pasted payload with the token at every depth; the result goes to the Import tab.
    const pasted = {
      access_token: canary,
      data: [
        {
          event_name: 'Purchase',
          event_time: Math.floor(Date.now() / 1000) - 60,
          action_source: 'business_messaging',
          messaging_channel: 'whatsapp',
          appsecret_proof: canary,
          user_data: {
            whatsapp_business_account_id: exampleIds.wabaId,
            ctwa_clid: exampleIds.ctwaClid,
            access_token: canary,
          },
          custom_data: { currency: 'USD', value: 1, access_token: canary },
        },
      ],
    }
    const imported = (await ipc('transfer.importPayload', { text: JSON.stringify(pasted) })) as {
      value: { dropped: string[] }
    }

    const cli = []
    for (const entry of listed.value.entries) {
      for (const flag of [[], ['--json']]) {
        const result = await runCapturedCli(
          [historyShowCommand],
          ['history', 'show', entry.id, ...flag],
          {
            env: { CAPI_WORKBENCH_HOME: home },
          },
        )
        capture(`cli history show ${flag.join(' ')}`, result.out + result.err)
        cli.push(result.code)
      }
    }

    const { texts } = await readTree(home)
    const everything = new Map([...texts, ...captured])
    expect({
      sent: [sent.value.outcome, page.value.outcome],
      recorded: listed.value.entries.length,
      dropped: imported.value.dropped.length,
      cli,
      hits: findCanary(canary, everything),
    }).toEqual({
      sent: ['meta_error', 'network_error'],
      recorded: 2,
      dropped: 4,
      cli: [0, 0, 0, 0],
      hits: [],
    })
  })
})
