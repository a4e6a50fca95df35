import { chooseTheme, nextTheme } from '../features/settings'
import type { Command } from './command'

export const cycleTheme: Command = {
  id: 'workbench.action.cycleTheme',
  title: 'Switch Color Theme (System → Dark → Light)',
  category: 'Preferences',
  keybinding: 'Ctrl+K Ctrl+T',
  run: ({ store, api }) => chooseTheme(store, api, nextTheme(store.getState().theme)),
}
