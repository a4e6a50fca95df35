import type { ReactNode } from 'react'
import { render, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { AssetLinkAnswer } from '../../../../shared/contract/assetLinkChannels'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { ApiProvider } from '../../api/ApiContext'

const base: Omit<ConnectionView, 'id' | 'name' | 'endpoint'> = {
  portfolioName: '',
  businessAccountName: '',
  datasetId: '123456789012345',
  apiVersion: 'v26.0',
  assets: { page: { id: '100000000000002', country: 'US' } },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  hasToken: true,
}
const sandbox: ConnectionView = {
  ...base,
  id: 'sandbox-1',
  name: 'Sandbox store',
  endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:8765' },
}
const meta: ConnectionView = {
  ...base,
  id: 'meta-1',
  name: 'Meta shop',
  endpoint: { kind: 'meta' },
}
let answer: AssetLinkAnswer
const asked: unknown[] = []
const fakeApi = new Proxy({} as WorkbenchApi, {
  get(_target, name: string) {
    if (name === 'on') return () => () => {}
    return async (input: unknown) => {
      if (name === 'connections.list')
        return { ok: true, value: { connections: [sandbox, meta], problems: [] } }
      if (name === 'connections.assetLink') {
        asked.push(input)
        return { ok: true, value: answer }
      }
      return { ok: false, error: { code: 'not_here', message: `${name} is not part of this test` } }
    }
  },
})
function withFakeApi({ children }: { children: ReactNode }) {
  return <ApiProvider api={fakeApi}>{children}</ApiProvider>
}

let modules: {
  StepEditor: typeof import('./StepEditor').StepEditor
  store: typeof import('../../state/store').useWorkbenchStore
}
beforeAll(async () => {
  const [editor, state] = await Promise.all([import('./StepEditor'), import('../../state/store')])
  modules = { StepEditor: editor.StepEditor, store: state.useWorkbenchStore }
})
beforeEach(() => {
  asked.length = 0
})

/** A Messenger Lead with the Page 100000000000002 selected, for a contact with a PSID. */
function openStep(tabId: string, connection: string) {
  modules.store.getState().setConnections([sandbox, meta])
  modules.store.getState().openStepTab(tabId, {
    step: {
      connection,
      assets: { whatsapp: null, page: '100000000000002', instagram: null },
      event: 'Lead',
      customer: { em: '{{contact.email}}' },
    },
    contact: { channel: 'messenger', psid: '7000000000000001', contact: { email: 'a@b.co' } },
  })
  const tab = { id: tabId, kind: 'workflow-step', title: 'Step', dirty: false }
  return render(<modules.StepEditor tab={tab} />, { wrapper: withFakeApi })
}

describe('Workflow Step editor: is the Page linked to the dataset?', () => {
  it('a sandbox connection asks the sandbox, shows its answer with the evidence, and the step follows it', async () => {
    answer = {
      kind: 'page',
      assetId: '100000000000002',
      datasetId: '123456789012345',
      linked: false,
      linkedDatasetIds: ['223456789012345'],
      source: 'sandbox',
      message:
        'The sandbox says the Facebook Page 100000000000002 is not linked to dataset 123456789012345 (it is linked to 223456789012345).',
      evidence: 'Asked the sandbox just now: GET /v26.0/100000000000002/dataset.',
      at: '2026-11-25T10:00:00.000Z',
    }
    openStep('workflow-step:sandbox', 'Sandbox store')
    const hint = await screen.findByText(/The sandbox says/, undefined, { timeout: 3000 })
    expect(hint.closest('[data-testid="asset-link"]')?.textContent).toBe(
      ' The sandbox says the Facebook Page 100000000000002 is not linked to dataset 123456789012345 (it is linked to 223456789012345).Asked the sandbox Asked the sandbox just now: GET /v26.0/100000000000002/dataset.',
    )
    expect(asked).toEqual([{ connectionId: 'sandbox-1', kind: 'page', assetId: '100000000000002' }])
    // The connection lists the Page, but the sandbox's answer wins: the step would send nothing.
    await waitFor(() =>
      expect(screen.getByTestId('step-verdict').textContent).toContain('would send nothing'),
    )
    const reasons = within(screen.getByTestId('step-reasons')).getAllByRole('listitem')
    expect(reasons.map((item) => item.getAttribute('data-code'))).toEqual(['asset_not_linked'])
    expect(reasons[0]!.textContent).toContain(
      'Asked just now, the sandbox says it is linked to dataset 223456789012345.',
    )
  })

  it('a Meta connection says what the connection lists, labelled as not asked of Meta', async () => {
    answer = {
      kind: 'page',
      assetId: '100000000000002',
      datasetId: '123456789012345',
      linked: true,
      linkedDatasetIds: ['123456789012345'],
      source: 'connection',
      message:
        'The connection lists the Facebook Page 100000000000002 as linked to dataset 123456789012345.',
      evidence: 'What the connection lists (entered by you), not asked of Meta while you edit.',
      at: '2026-11-25T10:00:00.000Z',
    }
    openStep('workflow-step:meta', 'Meta shop')
    const hint = await screen.findByText(/The connection lists the Facebook Page/, undefined, {
      timeout: 3000,
    })
    const shown = hint.closest('[data-testid="asset-link"]')!
    expect([
      shown.getAttribute('data-linked'),
      within(shown as HTMLElement).getByText('From the connection (not asked of Meta)') !== null,
    ]).toEqual(['linked', true])
    await waitFor(() =>
      expect(screen.getByTestId('step-verdict').textContent).toContain('would send this request'),
    )
  })
})
