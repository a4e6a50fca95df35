import type { ReactNode } from 'react'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectionCheckReport } from '../../../../shared/connections/connectionCheckReport'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { KeychainStatus } from '../../../../shared/connections/keychainStatus'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { ApiProvider } from '../../api/ApiContext'

const pasted = 'EAABpastedTokenForTheTest0123456789x9Qz'
let connection: ConnectionView = {
  id: 'acme-1a2b3c',
  name: 'Acme',
  portfolioName: '',
  businessAccountName: '',
  datasetId: '123456789012345',
  apiVersion: 'v26.0',
  endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:8765' },
  assets: { page: { id: '100000000000002', country: 'DE' } },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  hasToken: false,
}
const report: ConnectionCheckReport = {
  at: '2026-11-25T10:05:00.000Z',
  outcome: 'failed',
  summary: 'Token valid (never expires), dataset "Shop" found, 0 of 1 assets linked; 1 error.',
  endpoint: 'http://127.0.0.1:8765',
  apiVersion: 'v26.0',
  token: { valid: true, via: 'debug_token', expiresAt: null, neverExpires: true },
  permissions: { known: true, granted: ['page_events'], declined: [] },
  channels: [{ channel: 'messenger', inUse: true, required: ['page_events'], missing: [] }],
  dataset: { id: '123456789012345', found: true, name: 'Shop' },
  assets: [
    { kind: 'page', id: '100000000000002', country: 'DE', linked: false, linkedDatasetIds: [] },
  ],
  problems: [
    {
      severity: 'error',
      code: 'asset_not_linked',
      message: 'The Facebook Page is not linked.',
      fix: 'Link it in Events Manager.',
    },
  ],
}
let keychain: KeychainStatus = { available: true, backend: 'Secret Service (libsecret)' }
const calls: Array<{ name: string; input: unknown }> = []
const fakeApi = new Proxy({} as WorkbenchApi, {
  get(_target, name: string) {
    if (name === 'on') return () => () => {}
    return async (input: unknown) => {
      calls.push({ name, input })
      if (name === 'connections.list')
        return { ok: true, value: { connections: [connection], problems: [] } }
      if (name === 'connections.keychainStatus') return { ok: true, value: keychain }
      if (name === 'connections.setToken') {
        connection = {
          ...connection,
          hasToken: true,
          tokenHint: 'EAAB…x9Qz',
          updatedAt: '2026-11-25T10:01:00.000Z',
        }
        return { ok: true, value: connection }
      }
      if (name === 'connections.check') return { ok: true, value: report }
      return { ok: false, error: { code: 'not_here', message: `${name} is not part of this test` } }
    }
  },
})

/** Components reach the fake through the context, as the app's reach the preload's api. */
function withFakeApi({ children }: { children: ReactNode }) {
  return <ApiProvider api={fakeApi}>{children}</ApiProvider>
}

let modules: {
  ConnectionsView: typeof import('./ConnectionsView').ConnectionsView
  ConnectionEditor: typeof import('./ConnectionEditor').ConnectionEditor
  store: typeof import('../../state/store').useWorkbenchStore
}

beforeAll(async () => {
  const [view, editor, state] = await Promise.all([
    import('./ConnectionsView'),
    import('./ConnectionEditor'),
    import('../../state/store'),
  ])
  modules = {
    ConnectionsView: view.ConnectionsView,
    ConnectionEditor: editor.ConnectionEditor,
    store: state.useWorkbenchStore,
  }
})
beforeEach(() => {
  calls.length = 0
})

describe('Connections view and editor', () => {
  it('lists connections with token status and says when the keychain is unavailable', async () => {
    keychain = {
      available: false,
      backend: 'Secret Service (libsecret)',
      problem: 'No D-Bus session bus was found.',
      fix: 'Start gnome-keyring.',
    }
    render(<modules.ConnectionsView />, { wrapper: withFakeApi })
    await screen.findByText('Acme')
    const alert = await screen.findByRole('alert')
    expect([alert.textContent, screen.getByLabelText('No token') !== null]).toEqual([
      'Keychain unavailable. Tokens cannot be stored or used until it works; the Workbench never keeps a token in a file.No D-Bus session bus was found.Start gnome-keyring.Check again',
      true,
    ])
    keychain = { available: true, backend: 'Secret Service (libsecret)' }
  })

  it('sends a pasted token once, shows only the hint, and shows a check inline', async () => {
    const { store, ConnectionEditor } = modules
    store.getState().setConnections([connection])
    const tab = {
      id: `connection:${connection.id}`,
      kind: 'connection',
      title: 'Acme',
      dirty: false,
      resource: connection.id,
    }
    render(<ConnectionEditor tab={tab} />, { wrapper: withFakeApi })
    const input = screen.getByLabelText('Token') as HTMLInputElement
    await waitFor(() => expect(input.disabled).toBe(false))
    fireEvent.change(input, { target: { value: pasted } })
    fireEvent.click(screen.getByRole('button', { name: /Save to keychain/ }))
    await screen.findByText('EAAB…x9Qz')
    fireEvent.click(screen.getByRole('button', { name: /^Check$/ }))
    const result = await screen.findByRole('region', { name: 'Check result' })
    await waitFor(() => expect(result.textContent).toContain('Link it in Events Manager.'))
    expect([
      calls.filter((call) => call.name === 'connections.setToken'),
      (screen.getByLabelText('Replace the token') as HTMLInputElement).value,
      document.body.innerHTML.includes(pasted),
      JSON.stringify(store.getState()).includes(pasted),
    ]).toEqual([
      [{ name: 'connections.setToken', input: { id: connection.id, token: pasted } }],
      '',
      false,
      false,
    ])
  })
})
