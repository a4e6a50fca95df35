import type { Command } from './command'

export const toggleSideBar: Command = {
  id: 'workbench.action.toggleSidebarVisibility',
  title: 'Toggle Primary Side Bar Visibility',
  category: 'View',
  keybinding: 'Ctrl+B',
  run: ({ store }) => store.getState().toggleSideBar(),
}
