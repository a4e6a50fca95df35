import { closeEditorTab } from '../workbench/closeEditorTab'
import type { Command } from './command'

export const closeActiveTab: Command = {
  id: 'workbench.action.closeActiveEditor',
  title: 'Close Editor',
  category: 'View',
  keybinding: 'Ctrl+W',
  browserKeybinding: 'Alt+W',
  isEnabled: ({ store }) => store.getState().activeTabId !== undefined,
  run: ({ store }) => {
    const id = store.getState().activeTabId
    if (id) closeEditorTab(store, id)
  },
}
