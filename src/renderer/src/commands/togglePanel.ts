import type { Command } from './command'
import { focusPanelContent } from './problemNavigation'

/** Shows or hides the panel (the palette's toggle; Ctrl+J is "Focus Panel" below). */
export const togglePanel: Command = {
  id: 'workbench.action.togglePanel',
  title: 'Toggle Panel Visibility',
  category: 'View',
  run: ({ store }) => store.getState().togglePanel(),
}

/**
 * Ctrl+J: shows the panel and moves focus into it; pressed with focus already in the panel, it
 * hides the panel and focus goes back to the editor.
 */
export const focusPanel: Command = {
  id: 'workbench.action.focusPanel',
  title: 'Focus Panel',
  category: 'View',
  keybinding: 'Ctrl+J',
  run: ({ store }) => {
    const state = store.getState()
    const inPanel = document.activeElement?.closest('.panel') != null
    if (state.panelVisible && inPanel) {
      state.togglePanel(false)
      document
        .querySelector<HTMLElement>(
          '.editor-content input, .editor-content select, .tab-label[aria-selected="true"]',
        )
        ?.focus()
      return
    }
    state.togglePanel(true)
    requestAnimationFrame(() => focusPanelContent())
  },
}
