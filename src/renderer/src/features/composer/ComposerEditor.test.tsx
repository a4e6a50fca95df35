import { builtInContacts } from '../../../../shared/contacts/builtInContacts'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft, type EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { SendOutput } from '../../../../shared/contract/sendChannels'
import { ApiProvider } from '../../api/ApiContext'

const connection: ConnectionView = {
  id: 'sandbox-store-1a2b3c',
  name: 'Sandbox store',
  portfolioName: '',
  businessAccountName: '',
  datasetId: '123456789012345',
  apiVersion: 'v26.0',
  endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:4010' },
  assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  hasToken: true,
}

const accepted: SendOutput = {
  outcome: 'accepted',
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:4010/v26.0/123456789012345/events',
    headers: {},
  },
  status: 200,
  headers: { 'x-fb-trace-id': 'AbC' },
  json: { events_received: 1, messages: [], fbtrace_id: 'AbC' },
  fbtraceId: 'AbC',
  timing: { queueMs: 1, connectMs: 1, tlsMs: 0, ttfbMs: 5, downloadMs: 1, totalMs: 8 },
  slow: false,
  startedAt: '2026-11-25T10:00:00.000Z',
  eventsReceived: 1,
  eventsSent: 1,
}

/** An in-memory main process: records what the renderer asks for and answers like the services. */
const calls: { name: string; input: unknown }[] = []
const fakeApi = new Proxy({} as WorkbenchApi, {
  get(_target, name: string) {
    if (name === 'on') return () => () => {}
    return async (input: unknown) => {
      calls.push({ name, input })
      if (name === 'connections.list')
        return { ok: true, value: { connections: [connection], problems: [] } }
      if (name === 'history.checkDuplicates')
        return { ok: true, value: { skipped: null, matches: [] } }
      if (name === 'events.send') return { ok: true, value: accepted }
      if (name === 'connections.save') return { ok: true, value: connection }
      return { ok: false, error: { code: 'not_here', message: `${name} is not part of this test` } }
    }
  },
})

/** Components reach the fake through the context, as the app's reach the preload's api. */

let modules: {
  ComposerEditor: typeof import('./ComposerEditor').ComposerEditor
  ProblemsPanel: typeof import('../problems').ProblemsPanel
  store: typeof import('../../state/store').useWorkbenchStore
}

beforeAll(async () => {
  const [composer, problems, state] = await Promise.all([
    import('./ComposerEditor'),
    import('../problems'),
    import('../../state/store'),
  ])
  modules = {
    ComposerEditor: composer.ComposerEditor,
    ProblemsPanel: problems.ProblemsPanel,
    store: state.useWorkbenchStore,
  }
})

const tab = { id: 'composer:test', kind: 'composer', title: 'Test', dirty: false }

function whatsappPurchase(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    ...createEmptyDraft('whatsapp'),
    ids: {
      whatsappBusinessAccountId: '100000000000001',
      ctwaClid: 'ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGH',
    },
    customData: { currency: 'USD', value: '49.90' },
    customer: { em: ['John_Smith@gmail.com'] },
    eventId: 'order-1',
    ...overrides,
  }
}

/** A stored contact as `contacts.list` gives it (the built-in sample John Smith). */
const john = {
  id: 'john-us',
  revision: '0123456789abcdef',
  contact: {
    ...builtInContacts.find((sample) => sample.id === 'john-us')!.content,
    contact: { ...builtInContacts.find((sample) => sample.id === 'john-us')!.content.contact },
    workflow: {},
    schemaVersion: 1 as const,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
}

function open(draft: EventDraft, sampleContactId?: string) {
  const { store, ComposerEditor, ProblemsPanel } = modules
  store.getState().setConnections([connection])
  store.getState().setContacts([john])
  store.getState().openTab(tab)
  store.getState().putComposerTab(tab.id, {
    draft,
    connectionId: connection.id,
    ...(sampleContactId ? { sampleContactId } : {}),
  })
  return render(
    <ApiProvider api={fakeApi}>
      <ComposerEditor tab={tab} />
      <ProblemsPanel />
    </ApiProvider>,
  )
}

describe('composer', () => {
  beforeEach(() => {
    calls.length = 0
  })

  it('shows each problem next to its field, with the fix, and disables Send while there are errors', () => {
    open(whatsappPurchase({ ids: { whatsappBusinessAccountId: '100000000000001' } }))
    const clid = screen.getByLabelText('Click ID (ctwa_clid)')
    const described = document.getElementById(clid.getAttribute('aria-describedby') ?? '')
    expect({
      invalid: clid.getAttribute('aria-invalid'),
      problem: described?.textContent,
      sendDisabled: screen.getByRole('button', { name: /Send/ }).hasAttribute('disabled'),
    }).toEqual({
      invalid: 'true',
      problem:
        "A WhatsApp event needs the ctwa_clid of the ad click. Take it from the first inbound message's referral.ctwa_clid; organic chats cannot be reported this way. Evidence: seen live",
      sendDisabled: true,
    })
  })

  it('focuses the field when its problem is clicked in the Problems panel', async () => {
    open(whatsappPurchase({ customData: { value: '10' } }))
    const list = screen.getByRole('list', { name: 'Problems' })
    fireEvent.click(within(list).getByRole('button', { name: /currency/i }))
    // At once, not a frame later: keys typed right after the click must land in the field.
    expect(document.activeElement?.getAttribute('data-field-path')).toBe('customData.currency')
  })

  it('asks before sending without a test event code, and sends only once confirmed', async () => {
    open(whatsappPurchase())
    fireEvent.click(screen.getByRole('button', { name: /Send event/ }))
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Send without a test event code?',
    })
    const sentBeforeConfirming = calls.filter((call) => call.name === 'events.send').length
    fireEvent.click(within(dialog).getByRole('button', { name: /Send as a real event/ }))
    await waitFor(() => expect(calls.some((call) => call.name === 'events.send')).toBe(true))
    const send = calls.find((call) => call.name === 'events.send')?.input as Record<string, unknown>
    expect({
      sentBeforeConfirming,
      confirmNoTestCode: send.confirmNoTestCode,
      connectionId: send.connectionId,
      inspected: modules.store.getState().responses[tab.id]?.outcome,
    }).toEqual({
      sentBeforeConfirming: 0,
      confirmNoTestCode: true,
      connectionId: connection.id,
      inspected: 'accepted',
    })
  })

  it('sends with a test event code without asking, and says "Conversions API test event sent"', async () => {
    open(whatsappPurchase({ testEventCode: 'TEST12345' }))
    fireEvent.click(screen.getByRole('button', { name: /Send test event/ }))
    await waitFor(() =>
      expect(
        modules.store
          .getState()
          .notifications.some((notice) => notice.message === 'Conversions API test event sent'),
      ).toBe(true),
    )
    expect(calls.map((call) => call.name).filter((name) => name !== 'connections.list')).toEqual([
      'events.send',
      'connections.save',
    ])
  })

  it('marks hashed values with their normalized value, and values resolved from variables', async () => {
    open(whatsappPurchase({ customer: { em: ['{{contact.email}}'] } }), 'john-us')
    // The preview follows the form a frame later (useAfterFirstPaint).
    await waitFor(() =>
      expect(
        [
          ...screen.getByRole('region', { name: 'Payload preview' }).querySelectorAll('.json-hash'),
        ].map((node) => node.getAttribute('title')),
      ).toEqual([
        'em: SHA-256 of "john_smith@gmail.com" (normalized from "John_Smith@gmail.com", resolved from contact.email)',
      ]),
    )
  })

  it('with no contact chosen, the fix of a {{contact.x}} takes the focus to the contact picker', () => {
    open(whatsappPurchase({ customer: { em: ['{{contact.email}}'] } }))
    const panel = screen.getByRole('list', { name: 'Problems' })
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Choose a sample contact for {{contact.email}}' }),
    )
    expect(document.activeElement).toBe(screen.getByLabelText('Sample contact'))
  })

  it('offers to add an unknown {{contact.x}} to the chosen contact, and opens it there', () => {
    open(whatsappPurchase({ customer: { em: ['{{contact.work_email}}'] } }), 'john-us')
    const panel = screen.getByRole('list', { name: 'Problems' })
    fireEvent.click(
      within(panel).getByRole('button', {
        name: 'Add {{contact.work_email}} to John Smith (United States)',
      }),
    )
    const state = modules.store.getState()
    expect([
      state.tabs.find((candidate) => candidate.id === state.activeTabId),
      state.tabMemory['contact:john-us'],
    ]).toEqual([
      {
        id: 'contact:john-us',
        kind: 'contact',
        title: 'John Smith (United States)',
        resource: 'john-us',
        dirty: false,
      },
      { addField: 'contact.work_email' },
    ])
  })
})
