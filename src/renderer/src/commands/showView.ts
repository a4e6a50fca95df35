import { viewContainers } from '../workbench/viewContainers'
import type { Command } from './command'

/** One "Show <View>" command per side bar view, with VS Code's Ctrl+Shift+<letter> habits. */
export const showViewCommands: Command[] = viewContainers.map((container) => ({
  id: `workbench.view.${container.id}`,
  title: `Show ${container.title}`,
  category: 'View',
  ...(container.keybinding ? { keybinding: container.keybinding } : {}),
  run: ({ store }) => {
    const state = store.getState()
    if (state.activeViewId !== container.id || !state.sideBarVisible) state.showView(container.id)
  },
}))
