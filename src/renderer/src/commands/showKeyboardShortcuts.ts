import type { Command } from './command'

/** Opens the "Keyboard Shortcuts" editor: every binding, browser-mode ones included. */
export const showKeyboardShortcuts: Command = {
  id: 'workbench.action.keyboardShortcuts',
  title: 'Keyboard Shortcuts',
  category: 'Help',
  keybinding: 'Ctrl+K Ctrl+S',
  run: ({ store }) =>
    store
      .getState()
      .openTab({ id: 'keyboard-shortcuts', kind: 'shortcuts', title: 'Keyboard Shortcuts' }),
}
