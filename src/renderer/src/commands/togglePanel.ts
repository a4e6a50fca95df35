import type { Command } from './command'

export const togglePanel: Command = {
  id: 'workbench.action.togglePanel',
  title: 'Toggle Panel Visibility',
  category: 'View',
  keybinding: 'Ctrl+J',
  run: ({ store }) => store.getState().togglePanel(),
}
