import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { SettingsChange, SettingsState } from '../../../../shared/settings/settingsSchema'
import type { WorkbenchStore } from '../../state/store'

/**
 * Puts what main read into the store and applies what the renderer owns (the theme): the file's
 * theme when it sets one, the default again when the key was taken out of the file. A broken file
 * keeps the theme shown (the other settings fall back to their defaults in main).
 */
export function applySettings(store: WorkbenchStore, settings: SettingsState): void {
  const state = store.getState()
  const hadTheme = state.settings?.userKeys.includes('workbench.theme') ?? false
  state.setSettings(settings)
  const theme = settings.values['workbench.theme']
  const setsTheme = settings.userKeys.includes('workbench.theme')
  if ((setsTheme || (hadTheme && !settings.broken)) && state.theme !== theme) state.setTheme(theme)
}

/**
 * settings.json changed on disk (a hand edit): apply it, and say so when it no longer parses —
 * where it breaks, that the defaults apply and that the file was left as it is.
 */
let brokenNotice: number | undefined

export function applyChangedSettings(store: WorkbenchStore, settings: SettingsState): void {
  const wasBroken = store.getState().settings?.broken ?? false
  applySettings(store, settings)
  const problem = settings.problems[0]
  if (settings.broken && !wasBroken && problem) {
    brokenNotice = store.getState().notify({
      level: 'error',
      message: `settings.json has an error at line ${problem.line}, column ${problem.column}: the defaults apply until it is fixed. The file is not overwritten.`,
      detail: problem.message,
    })
  } else if (wasBroken && !settings.broken) {
    // The error no longer holds: its notice goes, and the repair is said.
    if (brokenNotice !== undefined) store.getState().dismiss(brokenNotice)
    brokenNotice = undefined
    store.getState().notify({ level: 'info', message: 'settings.json is valid again and applies.' })
  }
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
