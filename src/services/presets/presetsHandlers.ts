import type { presetsChannels } from '../../shared/contract/presetsChannels'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { PresetServices } from './presetServices'

export function createPresetsHandlers(
  services: PresetServices,
): PartialHandlerTable<keyof typeof presetsChannels> {
  const { store, autosave } = services
  return {
    'presets.list': async () => {
      const listing = await store.list()
      await services.ensureWatching()
      return listing
    },
    'presets.get': ({ id }) => store.get(id),
    'presets.save': (input) => store.save(input),
    'presets.rename': ({ id, name }) => store.rename(id, name),
    'presets.move': ({ id, folder }) => store.move(id, folder),
    'presets.duplicate': ({ id }) => store.duplicate(id),
    'presets.delete': ({ id }) => store.delete(id),
    'presets.restore': ({ id, preset }) => store.restore(id, preset),
    'presets.createFolder': ({ folder }) => store.createFolder(folder),
    'presets.deleteFolder': ({ folder }) => store.deleteFolder(folder),
    'presets.autosave': (entry) => autosave.save(entry),
    'presets.autosaveList': async () => ({ entries: await autosave.list() }),
    'presets.autosaveClear': ({ key }) => autosave.clear(key),
  }
}
