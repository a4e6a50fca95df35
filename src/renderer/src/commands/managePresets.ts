import {
  deletePreset,
  duplicatePreset,
  keepMinePresetTab,
  refreshPresets,
  reloadPresetTab,
  selectedPreset,
  undoDeletePreset,
} from '../features/presets'
import { saveRawPreset } from '../features/raw'
import { saveStepPreset } from '../features/step'
import type { Command, CommandContext } from './command'

function activeConflictTab({ store }: CommandContext): string | undefined {
  const { activeTabId, presetConflicts } = store.getState()
  return activeTabId && presetConflicts[activeTabId] ? activeTabId : undefined
}

/** Explorer actions on the selected preset, and conflict resolution for the active tab. */
export const presetCommands: Command[] = [
  {
    id: 'presets.rename',
    title: 'Rename Preset',
    category: 'Presets',
    isEnabled: (context) => Boolean(selectedPreset(context)),
    run: (context) => {
      const preset = selectedPreset(context)
      if (!preset) return
      context.store.getState().showView('explorer')
      context.store.getState().setPresetEditing(preset.id)
    },
  },
  {
    id: 'presets.duplicate',
    title: 'Duplicate Preset',
    category: 'Presets',
    isEnabled: (context) => Boolean(selectedPreset(context)),
    run: async (context) => {
      const preset = selectedPreset(context)
      if (preset) await duplicatePreset(context, preset.id)
    },
  },
  {
    id: 'presets.delete',
    title: 'Delete Preset',
    category: 'Presets',
    isEnabled: (context) => Boolean(selectedPreset(context)),
    run: async (context) => {
      const preset = selectedPreset(context)
      if (preset) await deletePreset(context, preset.id)
    },
  },
  {
    id: 'presets.undoDelete',
    title: 'Undo Delete Preset',
    category: 'Presets',
    isEnabled: ({ store }) => Boolean(store.getState().lastDeleted),
    run: (context) => undoDeletePreset(context),
  },
  {
    id: 'presets.newFolder',
    title: 'New Preset Folder',
    category: 'Presets',
    run: ({ store }) => {
      store.getState().showView('explorer')
      store.getState().setPresetEditing('new-folder')
    },
  },
  {
    id: 'presets.refresh',
    title: 'Refresh Presets',
    category: 'Presets',
    run: (context) => refreshPresets(context),
  },
  {
    id: 'presets.reloadFromDisk',
    title: 'Resolve Conflict: Reload Preset from Disk (drops your edits)',
    category: 'Presets',
    isEnabled: (context) => Boolean(activeConflictTab(context)),
    run: async (context) => {
      const tabId = activeConflictTab(context)
      if (tabId) await reloadPresetTab(context, tabId)
    },
  },
  {
    id: 'presets.keepMine',
    title: 'Resolve Conflict: Keep My Version (overwrites the file)',
    category: 'Presets',
    isEnabled: (context) => Boolean(activeConflictTab(context)),
    run: async (context) => {
      const tabId = activeConflictTab(context)
      if (!tabId) return
      const state = context.store.getState()
      const conflict = state.presetConflicts[tabId]
      // Raw and step tabs save through their own editors, with the overwrite flag set.
      if (conflict && (state.rawTabs[tabId] || state.stepTabs[tabId])) {
        state.setPresetConflict(tabId, { ...conflict, overwrite: true })
        if (state.rawTabs[tabId]) await saveRawPreset(context, tabId)
        else await saveStepPreset(context, tabId)
      } else await keepMinePresetTab(context, tabId)
    },
  },
]
