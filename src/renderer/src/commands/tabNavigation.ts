import type { Command, CommandContext } from './command'

/** Puts keyboard focus on the active tab after switching, so the next key press stays in the strip. */
function focusActiveTab({ store }: CommandContext): void {
  const id = store.getState().activeTabId
  requestAnimationFrame(() => {
    const tab = id ? document.getElementById(`tab-${id}`) : null
    tab?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })
}

export const nextTab: Command = {
  id: 'workbench.action.nextEditor',
  title: 'Open Next Editor',
  category: 'View',
  keybinding: 'Ctrl+PageDown',
  alternativeKeybindings: ['Ctrl+Tab'],
  browserKeybinding: 'Alt+PageDown',
  isEnabled: ({ store }) => store.getState().tabs.length > 1,
  run: (context) => {
    context.store.getState().cycleTab(1)
    focusActiveTab(context)
  },
}

export const previousTab: Command = {
  id: 'workbench.action.previousEditor',
  title: 'Open Previous Editor',
  category: 'View',
  keybinding: 'Ctrl+PageUp',
  alternativeKeybindings: ['Ctrl+Shift+Tab'],
  browserKeybinding: 'Alt+PageUp',
  isEnabled: ({ store }) => store.getState().tabs.length > 1,
  run: (context) => {
    context.store.getState().cycleTab(-1)
    focusActiveTab(context)
  },
}

/** Ctrl+Shift+T: the last closed tab comes back as it was (a draft with its connection and fields). */
export const reopenClosedTab: Command = {
  id: 'workbench.action.reopenClosedEditor',
  title: 'Reopen Closed Tab',
  category: 'View',
  keybinding: 'Ctrl+Shift+T',
  browserKeybinding: 'Alt+Shift+T',
  isEnabled: ({ store }) => store.getState().closedTabs.length > 0,
  run: ({ store }) => {
    const state = store.getState()
    const closed = state.takeClosedTab()
    if (!closed) {
      state.notify({ level: 'info', message: 'No closed tab to reopen.' })
      return
    }
    if (closed.composer) state.putComposerTab(closed.tab.id, closed.composer)
    state.openTab(closed.tab)
  },
}
