import type { StateCreator } from 'zustand'
import type { WorkbenchState } from './store'

export interface EditorTab {
  /** Unique per open tab, e.g. `composer:preset-123`. */
  id: string
  /** Which editor renders it (see workbench/editorRegistry.ts). */
  kind: string
  title: string
  dirty: boolean
  /** Free data for the editor (a preset id, a connection id, ...). */
  resource?: string
}

export interface EditorSlice {
  tabs: EditorTab[]
  activeTabId: string | undefined
  openTab: (tab: Omit<EditorTab, 'dirty'> & { dirty?: boolean }) => void
  closeTab: (id: string) => void
  activateTab: (id: string) => void
  setTabDirty: (id: string, dirty: boolean) => void
  setTabTitle: (id: string, title: string) => void
}

export const welcomeTab: EditorTab = {
  id: 'welcome',
  kind: 'welcome',
  title: 'Welcome',
  dirty: false,
}

export const createEditorSlice: StateCreator<WorkbenchState, [], [], EditorSlice> = (set, get) => ({
  tabs: [welcomeTab],
  activeTabId: welcomeTab.id,
  openTab: (tab) => {
    const existing = get().tabs.find((candidate) => candidate.id === tab.id)
    if (existing) {
      set({ activeTabId: existing.id })
      return
    }
    set({ tabs: [...get().tabs, { dirty: false, ...tab }], activeTabId: tab.id })
  },
  closeTab: (id) => {
    const tabs = get().tabs
    const index = tabs.findIndex((tab) => tab.id === id)
    if (index < 0) return
    const remaining = tabs.filter((tab) => tab.id !== id)
    const activeTabId =
      get().activeTabId === id
        ? (remaining[Math.min(index, remaining.length - 1)]?.id ?? undefined)
        : get().activeTabId
    set({ tabs: remaining, activeTabId })
  },
  activateTab: (id) => set({ activeTabId: id }),
  setTabDirty: (id, dirty) =>
    set({
      tabs: get().tabs.map((tab) =>
        tab.id === id && tab.dirty !== dirty ? { ...tab, dirty } : tab,
      ),
    }),
  setTabTitle: (id, title) =>
    set({ tabs: get().tabs.map((tab) => (tab.id === id ? { ...tab, title } : tab)) }),
})
