import type { WorkbenchStore } from '../state/store'

/**
 * Closes an editor tab the way a person expects: a tab with unsaved changes asks first (its draft
 * and autosave go with it), a clean one just closes. Returns whether the tab was closed.
 */
export function closeEditorTab(
  store: WorkbenchStore,
  tabId: string,
  confirm: (message: string) => boolean = (message) => window.confirm(message),
): boolean {
  const state = store.getState()
  const tab = state.tabs.find((candidate) => candidate.id === tabId)
  if (!tab) return false
  if (
    tab.dirty &&
    !confirm(
      `Close “${tab.title}” and lose its unsaved changes? Press Ctrl+S first to keep them as a preset.`,
    )
  ) {
    return false
  }
  const composer = state.composerTabs[tabId]
  state.rememberClosedTab({
    tab,
    ...(composer ? { composer: { ...composer, send: { status: 'idle' } } } : {}),
  })
  state.closeTab(tabId)
  state.dropComposerTab(tabId)
  state.dropRawTab(tabId)
  state.dropStepTab(tabId)
  return true
}
