import type { AutosaveEntry, PresetsChanged } from '../../../../shared/contract/presetsChannels'
import type { CommandContext } from '../../commands/command'
import { restoredComposerChoice } from '../../state/sessionPersistence'
import { refreshPresets } from './presetActions'
import { presetOfTab, takeFromDisk } from './presetTabs'
import {
  autosaveContentOf,
  autosavedPartChanged,
  autosavedTabIds,
  autosavedTabsOf,
  restoreRawOrStep,
} from './tabAutosave'

/** Autosave delay after the last keystroke: with the write itself, a crash loses under a second. */
export const autosaveDelayMs = 500

/**
 * Keeps the renderer's preset cache in step with main: the first listing, drafts autosaved before
 * a crash (reopened as dirty tabs), `presets.changed` pushes (an external edit reloads a clean tab
 * and marks a dirty one as in conflict, never overwriting it), and autosave of dirty composer, Raw
 * Request and Workflow Step tabs.
 * Returns a function that stops all of it.
 */
export function startPresetSync(context: CommandContext): () => void {
  const { store, api } = context
  void refreshPresets(context)
  void restoreAutosaved(context)
  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  const unsubscribeChanges = api.on('presets.changed', (event) => {
    if (refreshTimer) clearTimeout(refreshTimer)
    refreshTimer = setTimeout(() => void refreshPresets(context), 100)
    if (event.quarantined.length > 0) store.getState().addQuarantineMessages(event.quarantined)
    if (event.origin === 'external') void applyExternalChanges(context, event)
  })
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  let previous = autosavedTabsOf(store.getState())
  let previousTabs = store.getState().tabs
  const unsubscribeStore = store.subscribe((state) => {
    const current = autosavedTabsOf(state)
    if (
      current.composerTabs === previous.composerTabs &&
      current.rawTabs === previous.rawTabs &&
      current.stepTabs === previous.stepTabs &&
      state.tabs === previousTabs
    )
      return
    const before = previous
    const tabsBefore = previousTabs
    previous = current
    previousTabs = state.tabs
    for (const tabId of autosavedTabIds(current)) {
      const dirty = state.tabs.find((candidate) => candidate.id === tabId)?.dirty ?? false
      const wasDirty = tabsBefore.find((candidate) => candidate.id === tabId)?.dirty ?? false
      // A raw or step tab saved (or reloaded from disk) has nothing left to recover.
      if (wasDirty && !dirty && !current.composerTabs[tabId])
        void api['presets.autosaveClear']({ key: tabId })
      // Autosaved when the content, its connection or its preset details change, and when a tab
      // becomes dirty without typing (an imported draft, a reopened history entry).
      const changed = autosavedPartChanged(before, current, tabId) || (dirty && !wasDirty)
      if (!changed || !dirty) continue
      clearTimeout(timers.get(tabId))
      timers.set(
        tabId,
        setTimeout(() => void autosave(context, tabId), autosaveDelayMs),
      )
    }
    const open = new Set(autosavedTabIds(current))
    for (const tabId of autosavedTabIds(before)) {
      if (!open.has(tabId)) void api['presets.autosaveClear']({ key: tabId })
    }
  })
  return () => {
    unsubscribeChanges()
    unsubscribeStore()
    if (refreshTimer) clearTimeout(refreshTimer)
    for (const timer of timers.values()) clearTimeout(timer)
  }
}

async function autosave({ store, api }: CommandContext, tabId: string): Promise<void> {
  const state = store.getState()
  const content = autosaveContentOf(state, tabId)
  const editorTab = state.tabs.find((candidate) => candidate.id === tabId)
  if (!content || !editorTab?.dirty) return
  const revision = state.tabRevisions[tabId]
  const presetId = presetOfTab(state, tabId)
  await api['presets.autosave']({
    key: tabId,
    title: editorTab.title,
    ...(presetId ? { presetId } : {}),
    ...(revision ? { baseRevision: revision } : {}),
    content,
  })
}

async function restoreAutosaved(context: CommandContext): Promise<void> {
  const { store, api } = context
  const result = await api['presets.autosaveList']()
  if (!result.ok || result.value.entries.length === 0) return
  // Drafts come back with their connection (saved by name; ids are looked up now).
  const listed = await api['connections.list']()
  const connections = listed.ok ? listed.value.connections : store.getState().connections
  if (listed.ok && store.getState().connections.length === 0)
    store.getState().setConnections(listed.value.connections)
  const state = store.getState()
  for (const entry of result.value.entries) {
    // A tab the session reopened is filled unless it was edited meanwhile.
    const open = state.tabs.find((tab) => tab.id === entry.key)
    if (open?.dirty) continue
    const kind = restoreRawOrStep(state, entry, connections)
    if (kind) {
      reopenDirty(context, entry, kind, Boolean(open))
      continue
    }
    const content = entry.content
    if (content.kind === 'raw' || content.kind === 'step') continue
    const chosen = restoredComposerChoice(globalThis.localStorage, entry.key)
    const connection =
      connections.find((candidate) => candidate.id === chosen?.connectionId) ??
      connections.find((candidate) => candidate.name === content.connectionName)
    const { description, tags } = content
    state.putComposerTab(entry.key, {
      draft: content.draft,
      ...(entry.presetId ? { presetId: entry.presetId } : {}),
      ...(connection ? { connectionId: connection.id } : {}),
      ...(chosen?.sampleContactId ? { sampleContactId: chosen.sampleContactId } : {}),
      ...(description !== undefined || tags !== undefined
        ? { presetMeta: { description: description ?? '', tags: tags ?? [] } }
        : {}),
    })
    reopenDirty(context, entry, 'composer', Boolean(open))
  }
  const count = result.value.entries.length
  state.notify({
    level: 'info',
    message: `Restored ${count} unsaved tab${count === 1 ? '' : 's'} from the last session.`,
  })
}

/** The restored tab shows as unsaved: the session's reopened tab, or a new one in its editor. */
function reopenDirty(
  { store }: CommandContext,
  entry: AutosaveEntry,
  kind: 'composer' | 'raw' | 'workflow-step',
  open: boolean,
): void {
  const state = store.getState()
  if (entry.baseRevision) state.setTabRevision(entry.key, entry.baseRevision)
  if (open) state.setTabDirty(entry.key, true)
  else
    state.openTab({
      kind,
      id: entry.key,
      title: entry.title,
      dirty: true,
      ...(entry.presetId ? { resource: entry.presetId } : {}),
    })
}

async function applyExternalChanges(context: CommandContext, event: PresetsChanged): Promise<void> {
  const { store, api } = context
  for (const change of event.changes) {
    const state = store.getState()
    for (const { id: tabId, dirty } of state.tabs) {
      if (presetOfTab(state, tabId) !== change.id) continue
      if (state.tabRevisions[tabId] === change.revision) continue
      if (dirty || change.kind === 'removed') {
        const message =
          change.kind === 'removed'
            ? `"${change.id}" was removed on disk. Your tab is kept; save it to write it again.`
            : `"${change.id}" changed on disk while this tab has unsaved edits. Nothing was overwritten: run "Resolve Conflict" in the command palette to reload from disk or keep yours.`
        state.setPresetConflict(tabId, {
          presetId: change.id,
          ...(change.revision ? { revision: change.revision } : {}),
          message,
        })
        state.notify({ level: 'warning', message })
        continue
      }
      const fresh = await api['presets.get']({ id: change.id })
      if (!fresh.ok) continue
      if (takeFromDisk(store.getState(), tabId, fresh.value.preset)) {
        store.getState().setTabRevision(tabId, fresh.value.revision)
        store.getState().setTabDirty(tabId, false)
      }
    }
  }
}
