import {
  savePreset as saveActivePreset,
  savePresetAs as saveActivePresetAs,
} from '../features/presets'
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

/** Ctrl+Shift+S: the active composer tab as a new preset, under a name you give. */
export const savePresetAs: Command = {
  id: 'presets.saveAs',
  title: 'Save As…',
  category: 'Presets',
  keybinding: 'Ctrl+Shift+S',
  run: async (context) => {
    await saveActivePresetAs(context)
  },
}
