import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { SettingsStore } from './settingsStore'

/** The `settings.*` channels over settings.json. */
export function createSettingsHandlers(
  store: SettingsStore,
): PartialHandlerTable<'settings.get' | 'settings.save'> {
  return {
    'settings.get': () => store.get(),
    'settings.save': ({ changes }) => store.save(changes),
  }
}
