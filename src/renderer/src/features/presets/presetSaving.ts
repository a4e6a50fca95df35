import { channelInfo } from '../../../../shared/capi/model/channels'
import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { CommandContext } from '../../commands/command'
import { askText } from '../../state/inputSlice'
import { activeComposerTabId, findSampleContact } from '../composer'
import { presetTabId, refreshPresets, selectedFolder } from './presetActions'
import { presetOfTab, takeFromDisk } from './presetTabs'

/** The name of the tab's chosen sample contact: a preset records it as its default contact. */
function chosenContactName(
  state: ReturnType<CommandContext['store']['getState']>,
  id: string | undefined,
): string | undefined {
  return findSampleContact(state, id)?.contact.name
}

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
  const defaultContact = chosenContactName(state, tab.sampleContactId)
  let result
  if (tab.presetId) {
    const current = await api['presets.get']({ id: tab.presetId })
    const base =
      current.ok && current.value.preset.kind === 'draft' ? current.value.preset : undefined
    const content = {
      name: base?.name ?? defaultName(tab.draft),
      description: tab.presetMeta?.description ?? base?.description ?? '',
      tags: tab.presetMeta?.tags ?? base?.tags ?? [],
      ...(base?.sampleContact ? { sampleContact: base.sampleContact } : {}),
      ...(defaultContact ? { defaultContact } : {}),
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
      ...(tab.presetMeta ? tab.presetMeta : {}),
      ...(connectionName ? { connectionName } : {}),
      ...(defaultContact ? { defaultContact } : {}),
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

/**
 * Save As: asks for a name and writes the tab as a new preset (in the selected folder), keeping the
 * original file as it was. The tab then edits the new preset.
 */
export async function savePresetAs(
  context: CommandContext,
  tabId = activeComposerTabId(context.store),
): Promise<boolean> {
  const { store, api } = context
  const tab = tabId ? store.getState().composerTabs[tabId] : undefined
  if (!tabId || !tab) {
    store.getState().notify({ level: 'info', message: 'Open an event in a composer tab first.' })
    return false
  }
  const current = store.getState().tabs.find((candidate) => candidate.id === tabId)?.title
  const name = await askText(store, {
    title: 'Save As',
    prompt: 'Name of the new preset',
    value: tab.presetId && current ? `${current} copy` : defaultName(tab.draft),
    validate: (value) => (value.trim() === '' ? 'A preset needs a name.' : undefined),
  })
  if (name === undefined) return false
  const state = store.getState()
  const latest = state.composerTabs[tabId] ?? tab
  const connectionName = state.connections.find(
    (connection) => connection.id === latest.connectionId,
  )?.name
  const defaultContact = chosenContactName(state, latest.sampleContactId)
  const result = await api['presets.save']({
    folder: selectedFolder(context),
    content: {
      name: name.trim(),
      ...(latest.presetMeta ?? {}),
      ...(connectionName ? { connectionName } : {}),
      ...(defaultContact ? { defaultContact } : {}),
      draft: latest.draft,
    },
  })
  const after = store.getState()
  if (!result.ok) {
    after.notify({
      level: 'error',
      message: 'The preset was not saved; your edits are kept.',
      detail: result.error.message,
    })
    return false
  }
  const saved = result.value
  after.putComposerTab(tabId, { ...latest, presetId: saved.id })
  after.setTabTitle(tabId, saved.preset.name)
  after.setTabRevision(tabId, saved.revision)
  after.setPresetConflict(tabId, undefined)
  after.setTabDirty(tabId, false)
  after.selectPresetNode(saved.id)
  void api['presets.autosaveClear']({ key: tabId })
  after.notify({ level: 'success', message: `Saved as preset "${saved.preset.name}".` })
  await refreshPresets(context)
  return true
}

/** "Reload from disk": the tab (composer, raw request or step) takes the file's version. */
export async function reloadPresetTab(context: CommandContext, tabId: string): Promise<void> {
  const presetId = presetOfTab(context.store.getState(), tabId)
  if (!presetId) return
  const result = await context.api['presets.get']({ id: presetId })
  const after = context.store.getState()
  if (!result.ok || !takeFromDisk(after, tabId, result.value.preset)) {
    after.notify({
      level: 'error',
      message: 'The preset could not be reloaded.',
      detail: result.ok ? `"${presetId}" is now a preset of another kind.` : result.error.message,
    })
    return
  }
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
