import type { Command } from './command'
import { focusPanelContent } from './problemNavigation'

/**
 * Ctrl+J, as in VS Code: shows the panel and moves focus into it; pressed with focus already in
 * the panel, it hides the panel and focus returns to the editor.
 */
export const togglePanel: Command = {
  id: 'workbench.action.togglePanel',
  title: 'Toggle Panel Visibility',
  category: 'View',
  keybinding: 'Ctrl+J',
  run: ({ store }) => {
    const state = store.getState()
    const inPanel = document.activeElement?.closest('.panel') !== null
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
