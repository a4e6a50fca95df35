import type { Command } from './command'

/** The panel takes the whole editor column, and back (also Enter on the panel's splitter). */
export const maximizePanel: Command = {
  id: 'workbench.action.toggleMaximizedPanel',
  title: 'Maximize Panel Size / Restore',
  category: 'View',
  run: ({ store }) => store.getState().togglePanelMaximized(),
}
