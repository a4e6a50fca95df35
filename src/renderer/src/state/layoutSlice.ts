import type { StateCreator } from 'zustand'
import type { WorkbenchState } from './store'

export type ThemePreference = 'system' | 'dark' | 'light'

export interface LayoutSlice {
  activeViewId: string
  sideBarVisible: boolean
  panelVisible: boolean
  activePanelId: string
  paletteOpen: boolean
  theme: ThemePreference
  /** Command ids, most recently run first (the palette lists them first). */
  recentCommands: string[]
  /** Side bar width and panel height in pixels, remembered across restarts. */
  layoutSizes: { sideBar: number; panel: number }
  panelMaximized: boolean
  noteCommandRun: (id: string) => void
  setLayoutSize: (part: 'sideBar' | 'panel', pixels: number) => void
  togglePanelMaximized: (maximized?: boolean) => void
  showView: (viewId: string) => void
  toggleSideBar: () => void
  togglePanel: (visible?: boolean) => void
  showPanel: (panelId: string) => void
  setPaletteOpen: (open: boolean) => void
  setTheme: (theme: ThemePreference) => void
}

export const createLayoutSlice: StateCreator<WorkbenchState, [], [], LayoutSlice> = (set, get) => ({
  activeViewId: 'explorer',
  sideBarVisible: true,
  panelVisible: true,
  activePanelId: 'problems',
  paletteOpen: false,
  theme: 'system',
  recentCommands: [],
  layoutSizes: { sideBar: 280, panel: 280 },
  panelMaximized: false,
  noteCommandRun: (id) =>
    set({
      recentCommands: [id, ...get().recentCommands.filter((other) => other !== id)].slice(0, 20),
    }),
  setLayoutSize: (part, pixels) =>
    set({ layoutSizes: { ...get().layoutSizes, [part]: Math.round(pixels) } }),
  togglePanelMaximized: (maximized) =>
    set({ panelMaximized: maximized ?? !get().panelMaximized, panelVisible: true }),
  // Clicking the active view's icon again hides the side bar, as in VS Code.
  showView: (viewId) =>
    set(
      get().activeViewId === viewId && get().sideBarVisible
        ? { sideBarVisible: false }
        : { activeViewId: viewId, sideBarVisible: true },
    ),
  toggleSideBar: () => set({ sideBarVisible: !get().sideBarVisible }),
  togglePanel: (visible) => set({ panelVisible: visible ?? !get().panelVisible }),
  showPanel: (panelId) => set({ activePanelId: panelId, panelVisible: true }),
  setPaletteOpen: (open) => set({ paletteOpen: open }),
  setTheme: (theme) => set({ theme }),
})
