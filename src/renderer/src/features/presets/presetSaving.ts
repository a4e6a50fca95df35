import { channelInfo } from '../../../../shared/capi/model/channels'
import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { CommandContext } from '../../commands/command'
import { activeComposerTabId } from '../composer'
import { presetTabId, refreshPresets, selectedFolder } from './presetActions'

function defaultName(draft: EventDraft): string {
  return `${draft.eventName || 'Event'} – ${channelInfo[draft.channel].label}`
}

/**
 * Ctrl+S: saves the active composer tab as a preset. An existing preset is saved with the revision
 * the tab started from; if the file changed meanwhile, main refuses (`conflict`) and the tab keeps
 * its edits with the conflict shown. A new draft becomes a preset in the selected folder.
 */
export async function savePreset(
  context: CommandContext,
  tabId = activeComposerTabId(context.store),
): Promise<boolean> {
  const { store, api } = context
  const state = store.getState()
  const tab = tabId ? state.composerTabs[tabId] : undefined
  if (!tabId || !tab) {
    state.notify({
      level: 'info',
      message: 'Open an event in a composer tab to save it as a preset.',
    })
    return false
  }
  const connectionName = state.connections.find(
    (connection) => connection.id === tab.connectionId,
  )?.name
  let result
  if (tab.presetId) {
    const current = await api['presets.get']({ id: tab.presetId })
    const base = current.ok ? current.value.preset : undefined
    const content = {
      name: base?.name ?? defaultName(tab.draft),
      description: base?.description ?? '',
      tags: base?.tags ?? [],
      ...(base?.sampleContact ? { sampleContact: base.sampleContact } : {}),
      ...((connectionName ?? base?.connectionName)
        ? { connectionName: connectionName ?? base?.connectionName }
        : {}),
      draft: tab.draft,
    }
    const expected = state.presetConflicts[tabId]?.overwrite
      ? current.ok
        ? current.value.revision
        : null
      : (state.tabRevisions[tabId] ?? null)
    result = await api['presets.save']({ id: tab.presetId, content, expectedRevision: expected })
  } else {
    const content = {
      name: defaultName(tab.draft),
      ...(connectionName ? { connectionName } : {}),
      draft: tab.draft,
    }
    result = await api['presets.save']({ folder: selectedFolder(context), content })
  }
  const after = store.getState()
  if (!result.ok) {
    if (result.error.code === 'conflict' && tab.presetId) {
      after.setPresetConflict(tabId, { presetId: tab.presetId, message: result.error.message })
    }
    after.notify({
      level: 'error',
      message: 'The preset was not saved; your edits are kept.',
      detail: result.error.message,
    })
    return false
  }
  const saved = result.value
  if (!tab.presetId) {
    after.putComposerTab(tabId, { ...tab, presetId: saved.id })
    after.setTabTitle(tabId, saved.preset.name)
  }
  after.setTabRevision(tabId, saved.revision)
  after.setPresetConflict(tabId, undefined)
  after.setTabDirty(tabId, false)
  after.selectPresetNode(saved.id)
  void api['presets.autosaveClear']({ key: tabId })
  after.notify({ level: 'success', message: `Saved preset "${saved.preset.name}".` })
  await refreshPresets(context)
  return true
}

/** "Reload from disk": the tab takes the file's version; its unsaved edits are dropped. */
export async function reloadPresetTab(context: CommandContext, tabId: string): Promise<void> {
  const state = context.store.getState()
  const tab = state.composerTabs[tabId]
  if (!tab?.presetId) return
  const result = await context.api['presets.get']({ id: tab.presetId })
  const after = context.store.getState()
  if (!result.ok) {
    after.notify({
      level: 'error',
      message: 'The preset could not be reloaded.',
      detail: result.error.message,
    })
    return
  }
  after.putComposerTab(tabId, { ...tab, draft: result.value.preset.draft })
  after.setTabRevision(tabId, result.value.revision)
  after.setPresetConflict(tabId, undefined)
  after.setTabDirty(tabId, false)
  void context.api['presets.autosaveClear']({ key: tabId })
}

/** "Keep mine": the next save replaces the file on disk with this tab's version. */
export async function keepMinePresetTab(context: CommandContext, tabId: string): Promise<void> {
  const conflict = context.store.getState().presetConflicts[tabId]
  if (!conflict) return
  context.store.getState().setPresetConflict(tabId, { ...conflict, overwrite: true })
  await savePreset(context, tabId)
}

export { presetTabId }
