import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { SettingsChange, SettingsState } from '../../../../shared/settings/settingsSchema'
import type { WorkbenchStore } from '../../state/store'

/** Puts what main read into the store and applies what the renderer owns (the theme). */
export function applySettings(store: WorkbenchStore, settings: SettingsState): void {
  const state = store.getState()
  state.setSettings(settings)
  if (
    settings.userKeys.includes('workbench.theme') &&
    state.theme !== settings.values['workbench.theme']
  )
    state.setTheme(settings.values['workbench.theme'])
}

export async function loadSettings(store: WorkbenchStore, api: WorkbenchApi): Promise<void> {
  const result = await api['settings.get']()
  if (result.ok) applySettings(store, result.value)
  else store.getState().setSettings(undefined, result.error.message)
}

/** Saves changes; returns the error message when main refused them. */
export async function saveSettings(
  store: WorkbenchStore,
  api: WorkbenchApi,
  changes: SettingsChange,
): Promise<string | undefined> {
  const result = await api['settings.save']({ changes })
  if (!result.ok) return result.error.message
  applySettings(store, result.value)
  return undefined
}
