export { createSettingsSlice, type SettingsSlice } from './settingsSlice'
export { applySettings, loadSettings, saveSettings } from './settingsActions'
export { useSettingsLoader } from './useSettingsLoader'
export { withBrowserKeybindings } from './browserKeybindings'
