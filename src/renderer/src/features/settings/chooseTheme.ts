import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { ThemePreference } from '../../state/layoutSlice'
import type { WorkbenchStore } from '../../state/store'
import { saveSettings } from './settingsActions'

const order: ThemePreference[] = ['system', 'dark', 'light']

/** The theme after `current` in the cycle System → Dark → Light. */
export function nextTheme(current: ThemePreference): ThemePreference {
  return order[(order.indexOf(current) + 1) % order.length] ?? 'system'
}

/**
 * The theme command and the status bar item: applies at once and is written to settings.json
 * (`workbench.theme`, through the settings service), so the file stays what decides. A broken
 * file is not overwritten: the theme then holds for this window only, and the person is told.
 */
export async function chooseTheme(
  store: WorkbenchStore,
  api: WorkbenchApi,
  theme: ThemePreference,
): Promise<void> {
  store.getState().setTheme(theme)
  const refused = await saveSettings(store, api, { 'workbench.theme': theme })
  if (refused) {
    store.getState().notify({
      level: 'warning',
      message: `The ${theme} theme applies to this window only: settings.json was not changed.`,
      detail: refused,
    })
  }
}
