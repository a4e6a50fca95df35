import { savePreset as saveActivePreset } from '../features/presets'
import type { Command } from './command'

/** Ctrl+S: the active composer tab becomes (or updates) a preset file. */
export const savePreset: Command = {
  id: 'presets.save',
  title: 'Save as Preset',
  category: 'Presets',
  keybinding: 'Ctrl+S',
  run: async (context) => {
    await saveActivePreset(context)
  },
}
