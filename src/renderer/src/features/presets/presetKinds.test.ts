import { describe, expect, it } from 'vitest'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { PresetSummary } from '../../../../shared/contract/presetsChannels'
import { createWorkbenchStore } from '../../state/store'
import { closeEditorTab } from '../../workbench/closeEditorTab'
import { saveRawPreset } from '../raw'
import { exportStepFiles, saveStepPreset } from '../step'
import { openPreset } from './presetActions'
import { reloadPresetTab } from './presetSaving'

/** A stand-in for main's presets.save/get: records what each save sent, hands out revisions. */
function fakeApi() {
  const saves: {
    id?: string
    expectedRevision?: string | null
    content: Record<string, unknown>
  }[] = []
  let counter = 0
  const api = {
    'presets.save': async (input: (typeof saves)[number]) => {
      saves.push(input)
      const id = input.id ?? `saved-${saves.length}`
      const revision = String(++counter).padStart(16, '0')
      return {
        ok: true,
        value: { id, revision, preset: { ...input.content, kind: input.content.kind } },
      }
    },
    'presets.get': async ({ id }: { id: string }) => {
      const last = [...saves].reverse().find((save) => (save.id ?? 'saved-1') === id)
      return { ok: true, value: { id, revision: '0'.repeat(16), preset: last?.content } }
    },
    'presets.list': async () => ({
      ok: true,
      value: { presets: [], folders: [], quarantined: [] },
    }),
  }
  return { api: api as unknown as WorkbenchApi, saves }
}

const bigBody = '{"data": [{"event_name": "Lead",  "n": 12345678901234567890}]}'

describe('raw and step presets in the renderer', () => {
  it('Ctrl+S in a Raw Request tab saves a raw preset (text as typed, parsed send settings), then the same file', async () => {
    const { api, saves } = fakeApi()
    const store = createWorkbenchStore(window.localStorage)
    store.getState().putRawTab('raw:1', { text: bigBody, template: false })
    store.getState().openTab({ kind: 'raw', id: 'raw:1', title: 'Raw Request', dirty: true })
    store
      .getState()
      .setRawSendSettings('raw:1', { headersText: 'X-Sandbox-Fault: timeout', timeoutText: '5' })
    await saveRawPreset({ store, api }, 'raw:1')
    store.getState().setRawText('raw:1', `${bigBody}\n`)
    await saveRawPreset({ store, api }, 'raw:1')
    const tab = store.getState().tabs.find((candidate) => candidate.id === 'raw:1')
    expect({
      first: saves[0]?.content,
      second: [saves[1]?.id, saves[1]?.expectedRevision, saves[1]?.content.body],
      presetId: store.getState().rawTabs['raw:1']?.presetId,
      tab: [tab?.title, tab?.dirty],
    }).toEqual({
      first: {
        kind: 'raw',
        name: 'Raw – Lead',
        body: bigBody,
        sendSettings: { headers: { 'x-sandbox-fault': 'timeout' }, timeoutMs: 5000 },
      },
      second: ['saved-1', '0000000000000001', `${bigBody}\n`],
      presetId: 'saved-1',
      tab: ['Raw – Lead', false],
    })
  })

  it('a step is saved as a step preset (a blank account is "not selected"); one without a connection is not', async () => {
    const { api, saves } = fakeApi()
    const store = createWorkbenchStore(window.localStorage)
    store.getState().openStepTab('workflow-step:1')
    store
      .getState()
      .openTab({ kind: 'workflow-step', id: 'workflow-step:1', title: 'Workflow step 1' })
    store
      .getState()
      .updateStep('workflow-step:1', (step) => ({ ...step, assets: { whatsapp: '' } }))
    const refused = await saveStepPreset({ store, api }, 'workflow-step:1')
    store.getState().updateStep('workflow-step:1', (step) => ({
      ...step,
      connection: 'Acme',
      assets: { whatsapp: ' 100000000000001 ', page: '', instagram: null },
    }))
    const saved = await saveStepPreset({ store, api }, 'workflow-step:1')
    expect({
      refused,
      saved,
      count: saves.length,
      kind: saves[0]?.content.kind,
      assets: (saves[0]?.content.step as { assets: unknown }).assets,
      name: saves[0]?.content.name,
    }).toEqual({
      refused: false,
      saved: true,
      count: 1,
      kind: 'step',
      assets: { whatsapp: '100000000000001', page: null, instagram: null },
      name: 'Workflow step: Purchase on whatsapp (Acme)',
    })
  })

  it('an edited step tab asks before closing, like the composer', () => {
    const store = createWorkbenchStore(window.localStorage)
    store.getState().openStepTab('workflow-step:2')
    store.getState().openTab({ kind: 'workflow-step', id: 'workflow-step:2', title: 'Step' })
    store.getState().updateStepContact('workflow-step:2', (contact) => ({ ...contact, psid: '1' }))
    const questions: string[] = []
    const closed = closeEditorTab(store, 'workflow-step:2', (message) => {
      questions.push(message)
      return false
    })
    expect([closed, questions.length]).toEqual([false, 1])
  })

  it('opens each kind of preset in its own editor', () => {
    const store = createWorkbenchStore(window.localStorage)
    const summary = (id: string, kind: PresetSummary['kind']): PresetSummary => ({
      id,
      kind,
      folder: '',
      name: id,
      description: '',
      tags: [],
      channel: 'whatsapp',
      eventName: 'Purchase',
      updatedAt: '',
      revision: '0000000000000001',
    })
    for (const [id, kind] of [
      ['d', 'draft'],
      ['r', 'raw'],
      ['s', 'step'],
    ] as const) {
      openPreset({ store, api: fakeApi().api }, summary(id, kind))
    }
    expect(
      store
        .getState()
        .tabs.filter((tab) => tab.resource)
        .map((tab) => [tab.kind, tab.id, tab.resource]),
    ).toEqual([
      ['composer', 'composer:preset:d', 'd'],
      ['raw', 'raw:preset:r', 'r'],
      ['workflow-step', 'workflow-step:preset:s', 's'],
    ])
  })

  it('exports a step as the two files capi step simulate reads', () => {
    const store = createWorkbenchStore(window.localStorage)
    store.getState().openStepTab('workflow-step:3', {
      step: {
        connection: 'Acme',
        assets: { whatsapp: null, page: '100000000000002', instagram: '' },
        event: 'Lead',
        customer: { em: '{{contact.email}}' },
      },
      contact: { channel: 'messenger', psid: '7000000000000001', contact: { email: 'a@b.co' } },
    })
    const files: [string, unknown][] = []
    exportStepFiles(store, 'workflow-step:3', (name, text) => files.push([name, JSON.parse(text)]))
    expect(files).toEqual([
      [
        'workflow-step-leadsubmitted-on-messenger-acme.step.json',
        {
          connection: 'Acme',
          assets: { whatsapp: null, page: '100000000000002', instagram: null },
          event: 'Lead',
          customer: { em: '{{contact.email}}' },
        },
      ],
      [
        'workflow-step-leadsubmitted-on-messenger-acme.contact.json',
        { channel: 'messenger', psid: '7000000000000001', contact: { email: 'a@b.co' } },
      ],
    ])
  })

  it('"Reload Preset from Disk" gives a conflicted raw tab the body on disk and clears the conflict', async () => {
    const { api, saves } = fakeApi()
    saves.push({ id: 'acme/raw', content: { kind: 'raw', name: 'Raw', body: bigBody } })
    const store = createWorkbenchStore(window.localStorage)
    store.getState().putRawTab('raw:preset:acme/raw', {
      presetId: 'acme/raw',
      text: '{"mine": true}',
      template: false,
    })
    store.getState().openTab({ kind: 'raw', id: 'raw:preset:acme/raw', title: 'Raw', dirty: true })
    store
      .getState()
      .setPresetConflict('raw:preset:acme/raw', { presetId: 'acme/raw', message: 'x' })
    ;(api as unknown as Record<string, unknown>)['presets.autosaveClear'] = async () => ({
      ok: true,
      value: { cleared: false },
    })
    await reloadPresetTab({ store, api }, 'raw:preset:acme/raw')
    const state = store.getState()
    expect([
      state.rawTabs['raw:preset:acme/raw']?.text,
      state.presetConflicts['raw:preset:acme/raw'],
      state.tabs.find((tab) => tab.id === 'raw:preset:acme/raw')?.dirty,
    ]).toEqual([bigBody, undefined, false])
  })
})
