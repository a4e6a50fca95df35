import { welcomeTab } from '../state/editorSlice'
import type { Command } from './command'

export const openWelcome: Command = {
  id: 'workbench.action.openWelcome',
  title: 'Open Welcome',
  category: 'Help',
  run: ({ store }) => store.getState().openTab(welcomeTab),
}
