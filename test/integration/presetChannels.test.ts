import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import { createEmptyDraft } from '../../src/shared/capi/model/eventDraft'
import { testDependencies } from '../support/testDependencies'

let home: string
let bus: EventBus
let handlers: ReturnType<typeof createServices>['handlers']
const pushed: { name: string; payload: unknown }[] = []

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'capi-channels-'))
  bus = new EventBus()
  pushed.length = 0
  bus.subscribe((name, payload) => pushed.push({ name, payload }))
  handlers = createServices(
    testDependencies(home, { eventBus: bus, now: () => new Date('2026-11-25T14:00:00Z') }),
  ).handlers
})
afterEach(() => rm(home, { recursive: true, force: true }))

const call = (name: string, input?: unknown) => dispatch(handlers, name, input)

describe('presets, history and transfer channels through the dispatcher', () => {
  it('saves, lists, pushes presets.changed and refuses a stale save with conflict', async () => {
    const draft = { ...createEmptyDraft('whatsapp'), ids: { whatsappBusinessAccountId: '123' } }
    const saved = await call('presets.save', {
      folder: 'acme',
      content: { name: 'Purchase', draft },
    })
    const revision = saved.ok ? (saved.value as { revision: string }).revision : ''
    await call('presets.save', {
      id: 'acme/purchase',
      content: { name: 'Purchase 2', draft },
      expectedRevision: revision,
    })
    const stale = await call('presets.save', {
      id: 'acme/purchase',
      content: { name: 'Mine', draft },
      expectedRevision: revision,
    })
    const listed = await call('presets.list')
    expect({
      saved: saved.ok,
      stale: stale.ok ? 'saved' : stale.error.code,
      names: listed.ok
        ? (listed.value as { presets: { name: string }[] }).presets.map((preset) => preset.name)
        : [],
      pushed: pushed.map((event) => [event.name, (event.payload as { origin: string }).origin]),
    }).toEqual({
      saved: true,
      stale: 'conflict',
      names: ['Purchase 2'],
      pushed: [
        ['presets.changed', 'app'],
        ['presets.changed', 'app'],
      ],
    })
  })

  it('refuses an id that tries to leave the presets folder at the contract', async () => {
    const result = await call('presets.get', { id: '../../etc/passwd' })
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input')
  })

  it('copies a draft as cURL with the token as a placeholder, and as a raw body', async () => {
    const draft = {
      ...createEmptyDraft('whatsapp'),
      eventId: 'order-1',
      ids: {
        whatsappBusinessAccountId: '123',
        ctwaClid: 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0',
      },
      customer: { em: ['Jane@Example.com '] },
    }
    const target = { endpoint: 'https://graph.facebook.com', datasetId: '555', apiVersion: 'v26.0' }
    const curl = await call('transfer.copyAs', { format: 'curl', draft, target })
    const body = await call('transfer.copyAs', { format: 'body', draft, target })
    const curlText = curl.ok ? (curl.value as { text: string }).text : ''
    const bodyJson = body.ok
      ? (JSON.parse((body.value as { text: string }).text) as {
          data: { user_data: { em: string[] } }[]
        })
      : undefined
    expect({
      start: curlText.slice(0, 58),
      header: curlText.includes("-H 'authorization: Bearer <REDACTED>'"),
      email: bodyJson?.data[0]?.user_data.em,
    }).toEqual({
      start: "curl -X POST 'https://graph.facebook.com/v26.0/555/events'",
      header: true,
      email: ['8c87b489ce35cf2e2f39f80e282cb2e804932a56a213983eeeb428407d43b52d'],
    })
  })

  it('imports a pasted payload and answers the duplicate guard with nothing for a fresh body', async () => {
    const imported = await call('transfer.importPayload', {
      text: '[{"event_name":"Lead","messaging_channel":"messenger"}]',
    })
    const duplicates = await call('history.checkDuplicates', {
      body: { data: [{ event_name: 'Purchase' }] },
    })
    expect({
      eventName: imported.ok
        ? (imported.value as { drafts: { eventName: string }[] }).drafts[0]?.eventName
        : imported.error,
      duplicates: duplicates.ok ? duplicates.value : duplicates.error,
    }).toEqual({ eventName: 'Lead', duplicates: { skipped: null, matches: [] } })
  })
})
