import type { StateCreator } from 'zustand'
import type { ComposerTab } from '../features/composer/composerSlice'
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

/** A closed tab and what it held, for "Reopen Closed Tab" (Ctrl+Shift+T). */
export interface ClosedTab {
  tab: EditorTab
  composer?: ComposerTab
}

const closedTabLimit = 20

export interface EditorSlice {
  tabs: EditorTab[]
  activeTabId: string | undefined
  openTab: (tab: Omit<EditorTab, 'dirty'> & { dirty?: boolean }) => void
  closeTab: (id: string) => void
  activateTab: (id: string) => void
  setTabDirty: (id: string, dirty: boolean) => void
  setTabTitle: (id: string, title: string) => void
  /** Small per-tab view state an editor keeps while it is not shown (see useTabMemory). */
  tabMemory: Record<string, Record<string, unknown>>
  setTabMemory: (tabId: string, key: string, value: unknown) => void
  closedTabs: ClosedTab[]
  rememberClosedTab: (closed: ClosedTab) => void
  /** Takes the most recently closed tab off the stack (undefined when there is none). */
  takeClosedTab: () => ClosedTab | undefined
  /** Activates the tab `step` places to the right (negative: left), wrapping around. */
  cycleTab: (step: number) => void
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
      set({ activeTabId: existing.id, responseOverride: undefined })
      return
    }
    set({
      tabs: [...get().tabs, { dirty: false, ...tab }],
      activeTabId: tab.id,
      responseOverride: undefined,
    })
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
  activateTab: (id) => set({ activeTabId: id, responseOverride: undefined }),
  setTabDirty: (id, dirty) => {
    // Called on every keystroke in an editor: the tabs (and all that watch them) change only when
    // the flag does.
    if (!get().tabs.some((tab) => tab.id === id && tab.dirty !== dirty)) return
    set({
      tabs: get().tabs.map((tab) =>
        tab.id === id && tab.dirty !== dirty ? { ...tab, dirty } : tab,
      ),
    })
  },
  tabMemory: {},
  setTabMemory: (tabId, key, value) =>
    set({
      tabMemory: {
        ...get().tabMemory,
        [tabId]: { ...get().tabMemory[tabId], [key]: value },
      },
    }),
  closedTabs: [],
  rememberClosedTab: (closed) =>
    set({ closedTabs: [...get().closedTabs, closed].slice(-closedTabLimit) }),
  takeClosedTab: () => {
    const closed = get().closedTabs.at(-1)
    if (closed) set({ closedTabs: get().closedTabs.slice(0, -1) })
    return closed
  },
  cycleTab: (step) => {
    const { tabs, activeTabId } = get()
    if (tabs.length === 0) return
    const index = Math.max(
      0,
      tabs.findIndex((tab) => tab.id === activeTabId),
    )
    const next = tabs[(((index + step) % tabs.length) + tabs.length) % tabs.length]
    if (next) get().activateTab(next.id)
  },
  setTabTitle: (id, title) =>
    set({ tabs: get().tabs.map((tab) => (tab.id === id ? { ...tab, title } : tab)) }),
})
