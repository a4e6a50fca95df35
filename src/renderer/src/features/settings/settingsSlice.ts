import type { StateCreator } from 'zustand'
import type { SettingsState } from '../../../../shared/settings/settingsSchema'
import type { WorkbenchState } from '../../state/store'

export interface SettingsSlice {
  /** settings.json as main read it; undefined until loaded. */
  settings: SettingsState | undefined
  settingsError: string | undefined
  /** Where the page runs: browser-mode keybindings apply only there. */
  shell: 'electron' | 'browser' | 'cli' | 'test' | undefined
  setSettings: (settings: SettingsState | undefined, error?: string) => void
  setShell: (shell: SettingsSlice['shell']) => void
}

export const createSettingsSlice: StateCreator<WorkbenchState, [], [], SettingsSlice> = (set) => ({
  settings: undefined,
  settingsError: undefined,
  shell: undefined,
  setSettings: (settings, error) =>
    set(settings ? { settings, settingsError: error } : { settingsError: error }),
  setShell: (shell) => set({ shell }),
})
