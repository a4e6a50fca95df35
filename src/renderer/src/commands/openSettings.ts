import type { Command } from './command'

/** Ctrl+, (VS Code's): the Settings editor over settings.json. */
export const openSettings: Command = {
  id: 'workbench.openSettings',
  title: 'Open Settings',
  category: 'Preferences',
  keybinding: 'Ctrl+,',
  run: ({ store }) => {
    store.getState().openTab({ kind: 'settings', id: 'settings', title: 'Settings' })
  },
}
