import type { Command } from './command'

export const showCommandPalette: Command = {
  id: 'workbench.action.showCommands',
  title: 'Show All Commands',
  category: 'View',
  keybinding: 'Ctrl+Shift+P',
  run: ({ store }) => store.getState().setPaletteOpen(true),
}
