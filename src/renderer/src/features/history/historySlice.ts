import type { StateCreator } from 'zustand'
import type { HistorySummary, SendOutcome } from '../../../../shared/contract/historyChannels'
import type { WorkbenchState } from '../../state/store'

export interface HistoryFilter {
  text: string
  outcome: SendOutcome | ''
}

export interface HistorySlice {
  historyEntries: HistorySummary[]
  historyTotal: number
  historyLoaded: boolean
  historyError: string | undefined
  historyFilter: HistoryFilter
  selectedHistoryId: string | undefined
  /** Sends ticked (checkbox or Ctrl/Cmd-click) for "Compare Selected": at most two, newest tick last. */
  historyCompareSelection: string[]
  toggleHistoryCompare: (id: string) => void
  clearHistoryCompare: () => void
  setHistoryListing: (entries: HistorySummary[], total: number) => void
  setHistoryError: (message: string | undefined) => void
  setHistoryFilter: (change: Partial<HistoryFilter>) => void
  selectHistoryEntry: (id: string | undefined) => void
}

export const createHistorySlice: StateCreator<WorkbenchState, [], [], HistorySlice> = (
  set,
  get,
) => ({
  historyEntries: [],
  historyTotal: 0,
  historyLoaded: false,
  historyError: undefined,
  historyFilter: { text: '', outcome: '' },
  selectedHistoryId: undefined,
  historyCompareSelection: [],
  toggleHistoryCompare: (id) => {
    const current = get().historyCompareSelection
    set({
      historyCompareSelection: current.includes(id)
        ? current.filter((item) => item !== id)
        : [...current, id].slice(-2),
    })
  },
  clearHistoryCompare: () => set({ historyCompareSelection: [] }),
  // Ticks survive a search: tick one send, search for the other, tick it, compare.
  setHistoryListing: (historyEntries, historyTotal) =>
    set({ historyEntries, historyTotal, historyLoaded: true, historyError: undefined }),
  setHistoryError: (historyError) => set({ historyError, historyLoaded: true }),
  setHistoryFilter: (change) => set({ historyFilter: { ...get().historyFilter, ...change } }),
  selectHistoryEntry: (selectedHistoryId) => set({ selectedHistoryId }),
})
