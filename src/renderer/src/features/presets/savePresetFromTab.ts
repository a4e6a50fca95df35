import type { StoredPreset } from '../../../../shared/contract/presetsChannels'
import type { PresetContentInput } from '../../../../shared/presets/presetSchema'
import type { CommandContext } from '../../commands/command'
import { refreshPresets, selectedFolder } from './presetActions'

export interface TabPresetSave {
  tabId: string
  /** The preset the tab edits; undefined for a tab that is not a preset yet. */
  presetId: string | undefined
  /** What the tab holds. `name` names a new preset; a saved one keeps its name, notes and tags. */
  content: PresetContentInput
  /** Save As: always a new preset, under this name. */
  asName?: string
  /** Points the tab at the preset it now edits. */
  onSaved: (stored: StoredPreset) => void
}

/**
 * Ctrl+S for the raw request and workflow step editors, like the composer's: a tab that edits a
 * preset writes the same file with the revision it started from (a file changed meanwhile is
 * refused as `conflict`, the edits stay), a new one becomes a preset in the selected folder.
 */
export async function savePresetFromTab(
  context: CommandContext,
  save: TabPresetSave,
): Promise<boolean> {
  const { store, api } = context
  const { tabId, presetId } = save
  let result
  if (presetId && save.asName === undefined) {
    const current = await api['presets.get']({ id: presetId })
    const base = current.ok ? current.value.preset : undefined
    const state = store.getState()
    const expected = state.presetConflicts[tabId]?.overwrite
      ? current.ok
        ? current.value.revision
        : null
      : (state.tabRevisions[tabId] ?? null)
    const content = {
      ...save.content,
      name: base?.name ?? save.content.name,
      description: base?.description ?? '',
      tags: base?.tags ?? [],
    }
    result = await api['presets.save']({ id: presetId, content, expectedRevision: expected })
  } else {
    const content = { ...save.content, name: save.asName?.trim() ?? save.content.name }
    result = await api['presets.save']({ folder: selectedFolder(context), content })
  }
  const after = store.getState()
  if (!result.ok) {
    if (result.error.code === 'conflict' && presetId) {
      after.setPresetConflict(tabId, { presetId, message: result.error.message })
    }
    after.notify({
      level: 'error',
      message: 'The preset was not saved; your edits are kept.',
      detail: result.error.message,
    })
    return false
  }
  const saved = result.value
  save.onSaved(saved)
  after.setTabTitle(tabId, saved.preset.name)
  after.setTabRevision(tabId, saved.revision)
  after.setPresetConflict(tabId, undefined)
  after.setTabDirty(tabId, false)
  after.selectPresetNode(saved.id)
  after.notify({ level: 'success', message: `Saved preset "${saved.preset.name}".` })
  await refreshPresets(context)
  return true
}
