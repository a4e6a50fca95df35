import type { ThemePreference } from '../state/layoutSlice'
import type { Command } from './command'

const order: ThemePreference[] = ['system', 'dark', 'light']

export const cycleTheme: Command = {
  id: 'workbench.action.cycleTheme',
  title: 'Switch Color Theme (System → Dark → Light)',
  category: 'Preferences',
  keybinding: 'Ctrl+K Ctrl+T',
  run: ({ store }) => {
    const current = store.getState().theme
    store.getState().setTheme(order[(order.indexOf(current) + 1) % order.length] ?? 'system')
  },
}
