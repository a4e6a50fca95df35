import { describe, expect, it } from 'vitest'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { AutosaveEntry } from '../../../../shared/contract/presetsChannels'
import { createWorkbenchStore } from '../../state/store'
import { startPresetSync } from './presetSync'

/** main's autosave as the renderer sees it: entries kept as JSON, checked by the contract. */
function fakeMain() {
  const files = new Map<string, string>()
  const api = new Proxy({} as WorkbenchApi, {
    get(_target, name: string) {
      if (name === 'on') return () => () => {}
      return async (input: Record<string, unknown>) => {
        if (name === 'presets.autosave') {
          const entry = AutosaveEntry.parse({ ...input, savedAt: '2026-12-02T10:00:00.000Z' })
          files.set(entry.key, JSON.stringify(entry))
          return { ok: true, value: { savedAt: entry.savedAt } }
        }
        if (name === 'presets.autosaveList') {
          const entries = [...files.values()].map((text) => AutosaveEntry.parse(JSON.parse(text)))
          return { ok: true, value: { entries } }
        }
        if (name === 'presets.autosaveClear')
          return { ok: true, value: { cleared: files.delete(String(input.key)) } }
        if (name === 'presets.list')
          return { ok: true, value: { presets: [], folders: [], quarantined: [] } }
        if (name === 'connections.list') return { ok: true, value: { connections: [] } }
        return { ok: false, error: { code: 'not_here', message: name } }
      }
    },
  })
  return { api, files }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const body = '{\n\t"data": [{"event_name": "Lead", "n": 12345678901234567890}],\r\n  "z": 1 }'

describe('crash recovery of Raw Request and Workflow Step tabs', () => {
  it('an unsaved raw body (byte for byte) and an unsaved step with its contact come back, unsaved', async () => {
    const { api, files } = fakeMain()
    const before = createWorkbenchStore(undefined)
    const stop = startPresetSync({ store: before, api })
    const state = before.getState()
    state.putRawTab('raw:1', { text: '{}', template: true })
    state.openTab({ kind: 'raw', id: 'raw:1', title: 'Raw Request' })
    state.openStepTab('workflow-step:1')
    state.openTab({ kind: 'workflow-step', id: 'workflow-step:1', title: 'Workflow step 1' })
    state.setRawText('raw:1', body)
    state.updateStep('workflow-step:1', (step) => ({ ...step, connection: 'Sandbox store' }))
    state.updateStepContact('workflow-step:1', (contact) => ({
      ...contact,
      ctwa_clid: 'ARAkClick',
      workflow: { total: '49.90' },
    }))
    await wait(700)
    stop()
    const kept = [...files.keys()].sort()

    // The renderer crashed: a fresh store, only main's autosave is left.
    const after = createWorkbenchStore(undefined)
    const stopAfter = startPresetSync({ store: after, api })
    const ready = () => after.getState().tabs.filter((tab) => tab.dirty).length === 2
    for (let attempt = 0; attempt < 50 && !ready(); attempt++) await wait(10)
    const restored = after.getState()
    const stepTab = restored.stepTabs['workflow-step:1']
    expect({
      kept,
      tabs: restored.tabs
        .filter((tab) => tab.kind !== 'welcome')
        .map((tab) => [tab.id, tab.kind, tab.dirty])
        .sort(),
      body: restored.rawTabs['raw:1']?.text,
      step: [stepTab?.step.connection, stepTab?.contact.ctwa_clid, stepTab?.contact.workflow],
    }).toEqual({
      kept: ['raw:1', 'workflow-step:1'],
      tabs: [
        ['raw:1', 'raw', true],
        ['workflow-step:1', 'workflow-step', true],
      ],
      body,
      step: ['Sandbox store', 'ARAkClick', { total: '49.90' }],
    })

    // Saved or closed, a tab has nothing left to recover.
    restored.setTabDirty('raw:1', false)
    restored.closeTab('workflow-step:1')
    restored.dropStepTab('workflow-step:1')
    await wait(20)
    stopAfter()
    expect([...files.keys()]).toEqual([])
  })
})
