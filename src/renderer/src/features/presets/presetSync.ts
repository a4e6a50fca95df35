import type { PresetsChanged } from '../../../../shared/contract/presetsChannels'
import type { CommandContext } from '../../commands/command'
import { restoredComposerChoice } from '../../state/sessionPersistence'
import { refreshPresets } from './presetActions'
import { presetOfTab, takeFromDisk } from './presetTabs'

/** Autosave delay after the last keystroke: with the write itself, a crash loses under a second. */
export const autosaveDelayMs = 500

/**
 * Keeps the renderer's preset cache in step with main: the first listing, drafts autosaved before
 * a crash (reopened as dirty tabs), `presets.changed` pushes (an external edit reloads a clean tab
 * and marks a dirty one as in conflict, never overwriting it), and autosave of dirty composer tabs.
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
  let previous = store.getState().composerTabs
  let previousTabs = store.getState().tabs
  const unsubscribeStore = store.subscribe((state) => {
    if (state.composerTabs === previous && state.tabs === previousTabs) return
    const before = previous
    const tabsBefore = previousTabs
    previous = state.composerTabs
    previousTabs = state.tabs
    for (const [tabId, tab] of Object.entries(state.composerTabs)) {
      const dirty = state.tabs.find((candidate) => candidate.id === tabId)?.dirty ?? false
      const wasDirty = tabsBefore.find((candidate) => candidate.id === tabId)?.dirty ?? false
      // Autosaved when the draft, its connection or its preset details change, and when a tab
      // becomes dirty without typing (an imported draft, a reopened history entry).
      const changed =
        before[tabId]?.draft !== tab.draft ||
        before[tabId]?.connectionId !== tab.connectionId ||
        before[tabId]?.presetMeta !== tab.presetMeta ||
        (dirty && !wasDirty)
      if (!changed || !dirty) continue
      clearTimeout(timers.get(tabId))
      timers.set(
        tabId,
        setTimeout(() => void autosave(context, tabId), autosaveDelayMs),
      )
    }
    for (const tabId of Object.keys(before)) {
      if (!state.composerTabs[tabId]) void api['presets.autosaveClear']({ key: tabId })
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
  const tab = state.composerTabs[tabId]
  const editorTab = state.tabs.find((candidate) => candidate.id === tabId)
  if (!tab || !editorTab?.dirty) return
  const revision = state.tabRevisions[tabId]
  const connectionName = state.connections.find(
    (connection) => connection.id === tab.connectionId,
  )?.name
  await api['presets.autosave']({
    key: tabId,
    title: editorTab.title,
    ...(tab.presetId ? { presetId: tab.presetId } : {}),
    ...(revision ? { baseRevision: revision } : {}),
    content: {
      draft: tab.draft,
      ...(connectionName ? { connectionName } : {}),
      ...(tab.presetMeta ?? {}),
    },
  })
}

async function restoreAutosaved({ store, api }: CommandContext): Promise<void> {
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
    const chosen = restoredComposerChoice(globalThis.localStorage, entry.key)
    const connection =
      connections.find((candidate) => candidate.id === chosen?.connectionId) ??
      connections.find((candidate) => candidate.name === entry.content.connectionName)
    const { description, tags } = entry.content
    state.putComposerTab(entry.key, {
      draft: entry.content.draft,
      ...(entry.presetId ? { presetId: entry.presetId } : {}),
      ...(connection ? { connectionId: connection.id } : {}),
      ...(chosen?.sampleContactId ? { sampleContactId: chosen.sampleContactId } : {}),
      ...(description !== undefined || tags !== undefined
        ? { presetMeta: { description: description ?? '', tags: tags ?? [] } }
        : {}),
    })
    if (entry.baseRevision) state.setTabRevision(entry.key, entry.baseRevision)
    if (open) state.setTabDirty(entry.key, true)
    else
      state.openTab({
        kind: 'composer',
        id: entry.key,
        title: entry.title,
        dirty: true,
        ...(entry.presetId ? { resource: entry.presetId } : {}),
      })
  }
  state.notify({
    level: 'info',
    message: `Restored ${result.value.entries.length} unsaved draft${result.value.entries.length === 1 ? '' : 's'} from the last session.`,
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
