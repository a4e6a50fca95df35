import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { PresetsChanged } from '../../../../shared/contract/presetsChannels'
import { createWorkbenchStore } from '../../state/store'
import { savePreset } from './presetSaving'
import { startPresetSync } from './presetSync'

const revision = (n: number) => n.toString(16).padStart(16, '0')
const preset = (name: string, eventId?: string) => ({
  schemaVersion: 1 as const,
  kind: 'draft' as const,
  name,
  description: '',
  tags: [],
  draft: { ...createEmptyDraft('whatsapp'), ...(eventId ? { eventId } : {}) },
  createdAt: '2026-11-25T14:00:00.000Z',
  updatedAt: '2026-11-25T14:00:00.000Z',
})

/** A stand-in for main: one preset file per id with a revision, a refusal on a stale revision. */
function fakeApi() {
  const files = new Map<string, { revision: string; preset: ReturnType<typeof preset> }>()
  let counter = 1
  let changed: ((event: PresetsChanged) => void) | undefined
  const calls: string[] = []
  const api = {
    'presets.list': async () => ({
      ok: true,
      value: {
        presets: [...files].map(([id, file]) => ({
          id,
          folder: '',
          kind: 'draft',
          name: file.preset.name,
          description: '',
          tags: [],
          channel: 'whatsapp',
          eventName: 'Purchase',
          updatedAt: '',
          revision: file.revision,
        })),
        folders: [],
        quarantined: [],
      },
    }),
    'presets.get': async ({ id }: { id: string }) => {
      const file = files.get(id)
      return file
        ? { ok: true, value: { id, ...file } }
        : { ok: false, error: { code: 'not_found', message: 'gone' } }
    },
    'presets.save': async (input: {
      id?: string
      content: { name: string; draft: ReturnType<typeof createEmptyDraft> }
      expectedRevision?: string | null
    }) => {
      calls.push(`save ${input.id ?? '(new)'} expecting ${String(input.expectedRevision)}`)
      const id = input.id ?? 'purchase-whatsapp'
      const current = files.get(id)
      if (
        input.expectedRevision !== undefined &&
        input.expectedRevision !== (current?.revision ?? null)
      ) {
        return {
          ok: false,
          error: { code: 'conflict', message: `"${id}" was changed outside this tab.` },
        }
      }
      const file = {
        revision: revision(++counter),
        preset: { ...preset(input.content.name), draft: input.content.draft },
      }
      files.set(id, file)
      return { ok: true, value: { id, ...file } }
    },
    'presets.autosave': async () => ({ ok: true, value: { savedAt: '' } }),
    'presets.autosaveList': async () => ({ ok: true, value: { entries: [] } }),
    'presets.autosaveClear': async () => ({ ok: true, value: { cleared: true } }),
    'connections.list': async () => ({
      ok: true,
      value: { connections: [{ id: 'berlin-1', name: 'Berlin store' }], problems: [] },
    }),
    on: (_name: string, listener: (event: PresetsChanged) => void) => {
      changed = listener
      return () => {}
    },
  }
  return {
    api: api as unknown as WorkbenchApi,
    files,
    calls,
    emit: (event: PresetsChanged) => changed?.(event),
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('saving presets from composer tabs', () => {
  it('saves a new draft as a preset, then saves it again with the revision it got', async () => {
    const { api, calls } = fakeApi()
    const store = createWorkbenchStore(window.localStorage)
    store.getState().putComposerTab('composer:draft-1', { draft: createEmptyDraft('whatsapp') })
    store
      .getState()
      .openTab({ kind: 'composer', id: 'composer:draft-1', title: 'New event 1', dirty: true })
    await savePreset({ store, api }, 'composer:draft-1')
    store.getState().updateDraft('composer:draft-1', (draft) => ({ ...draft, eventId: 'order-1' }))
    await savePreset({ store, api }, 'composer:draft-1')
    const state = store.getState()
    expect({
      calls,
      presetId: state.composerTabs['composer:draft-1']?.presetId,
      title: state.tabs.find((tab) => tab.id === 'composer:draft-1')?.title,
      dirty: state.tabs.find((tab) => tab.id === 'composer:draft-1')?.dirty,
    }).toEqual({
      calls: ['save (new) expecting undefined', `save purchase-whatsapp expecting ${revision(2)}`],
      presetId: 'purchase-whatsapp',
      title: 'Purchase – WhatsApp',
      dirty: false,
    })
  })

  it('keeps the edits and marks a conflict when the file changed meanwhile', async () => {
    const { api, files } = fakeApi()
    files.set('lead', { revision: revision(100), preset: preset('Lead') })
    const store = createWorkbenchStore(window.localStorage)
    store
      .getState()
      .putComposerTab('tab', { draft: createEmptyDraft('whatsapp'), presetId: 'lead' })
    store.getState().openTab({ kind: 'composer', id: 'tab', title: 'Lead' })
    store.getState().setTabRevision('tab', revision(99))
    store.getState().updateDraft('tab', (draft) => ({ ...draft, eventId: 'mine' }))
    const saved = await savePreset({ store, api }, 'tab')
    const state = store.getState()
    expect({
      saved,
      conflict: state.presetConflicts.tab?.presetId,
      draft: state.composerTabs.tab?.draft.eventId,
      dirty: state.tabs.find((tab) => tab.id === 'tab')?.dirty,
      onDisk: files.get('lead')?.revision,
    }).toEqual({
      saved: false,
      conflict: 'lead',
      draft: 'mine',
      dirty: true,
      onDisk: revision(100),
    })
  })

  it('reloads a clean tab on an outside edit and flags a dirty one instead of overwriting it', async () => {
    const { api, files, emit } = fakeApi()
    files.set('clean', { revision: revision(1), preset: preset('Clean') })
    files.set('dirty', { revision: revision(1), preset: preset('Dirty') })
    const store = createWorkbenchStore(window.localStorage)
    const stop = startPresetSync({ store, api })
    for (const id of ['clean', 'dirty']) {
      store.getState().putComposerTab(id, { draft: createEmptyDraft('whatsapp'), presetId: id })
      store.getState().openTab({ kind: 'composer', id, title: id })
      store.getState().setTabRevision(id, revision(1))
    }
    store.getState().updateDraft('dirty', (draft) => ({ ...draft, eventId: 'typed' }))
    files.set('clean', { revision: revision(2), preset: preset('Clean', 'from-git') })
    files.set('dirty', { revision: revision(2), preset: preset('Dirty', 'from-git') })
    emit({
      origin: 'external',
      changes: [
        { id: 'clean', kind: 'modified', revision: revision(2) },
        { id: 'dirty', kind: 'modified', revision: revision(2) },
      ],
      quarantined: [],
    })
    for (let attempt = 0; attempt < 5; attempt++) await tick()
    stop()
    const state = store.getState()
    expect({
      clean: [state.composerTabs.clean?.draft.eventId, state.tabRevisions.clean],
      dirty: [state.composerTabs.dirty?.draft.eventId, Boolean(state.presetConflicts.dirty)],
    }).toEqual({ clean: ['from-git', revision(2)], dirty: ['typed', true] })
  })

  it('reopens drafts autosaved before a crash as dirty tabs, with their connection', async () => {
    const { api } = fakeApi()
    const draft = { ...createEmptyDraft('messenger'), eventId: 'typed-before-crash' }
    ;(api as unknown as Record<string, unknown>)['presets.autosaveList'] = async () => ({
      ok: true,
      value: {
        entries: [
          {
            key: 'composer:draft-7',
            title: 'New event 7',
            content: { draft, description: '', tags: [], connectionName: 'Berlin store' },
            savedAt: '',
          },
        ],
      },
    })
    const store = createWorkbenchStore(window.localStorage)
    const stop = startPresetSync({ store, api })
    for (let attempt = 0; attempt < 5; attempt++) await tick()
    stop()
    const state = store.getState()
    expect({
      tab: state.tabs.find((tab) => tab.id === 'composer:draft-7'),
      draft: state.composerTabs['composer:draft-7']?.draft,
      connectionId: state.composerTabs['composer:draft-7']?.connectionId,
    }).toEqual({
      tab: { id: 'composer:draft-7', kind: 'composer', title: 'New event 7', dirty: true },
      draft,
      connectionId: 'berlin-1',
    })
  })

  it('autosaves an imported draft (dirty without typing) with its connection name', async () => {
    const { api } = fakeApi()
    const saved: unknown[] = []
    ;(api as unknown as Record<string, unknown>)['presets.autosave'] = async (input: unknown) => {
      saved.push(input)
      return { ok: true, value: { savedAt: '' } }
    }
    const store = createWorkbenchStore(window.localStorage)
    store.getState().setConnections([{ id: 'berlin-1', name: 'Berlin store' } as never])
    const stop = startPresetSync({ store, api })
    const draft = { ...createEmptyDraft('whatsapp'), eventId: 'imported' }
    store.getState().putComposerTab('composer:import-1', { draft, connectionId: 'berlin-1' })
    store
      .getState()
      .openTab({ kind: 'composer', id: 'composer:import-1', title: 'Imported', dirty: true })
    await new Promise((resolve) => setTimeout(resolve, 700))
    stop()
    expect(saved).toEqual([
      {
        key: 'composer:import-1',
        title: 'Imported',
        content: { draft, connectionName: 'Berlin store' },
      },
    ])
  })
})
