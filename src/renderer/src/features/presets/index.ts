export { ExplorerView } from './ExplorerView'
export { PresetsStatus } from './PresetsStatus'
export { createPresetsSlice, type PresetsSlice } from './presetsSlice'
export {
  createFolder,
  deletePreset,
  duplicatePreset,
  movePreset,
  openPreset,
  presetTabId,
  refreshPresets,
  renamePreset,
  selectedFolder,
  selectedPreset,
  undoDeletePreset,
} from './presetActions'
export { keepMinePresetTab, reloadPresetTab, savePreset, savePresetAs } from './presetSaving'
export { startPresetSync } from './presetSync'
export { savePresetFromTab, type TabPresetSave } from './savePresetFromTab'
export { presetOfTab } from './presetTabs'
