import type { StateCreator } from 'zustand'
import type { WorkbenchState } from '../../state/store'
import type { InspectedExchange } from './inspectedExchange'

/** The key under which a history entry opened from the History view is shown. */
export const historyResponseKey = 'history'

export interface InspectorSlice {
  /** Each editor tab's last answer, by tab id (plus `history` for an entry opened from History). */
  responses: Record<string, InspectedExchange>
  /** Set while a history entry is shown instead of the active tab's answer. */
  responseOverride: string | undefined
  /** Records a tab's answer (undefined forgets it). */
  setResponse: (key: string, exchange: InspectedExchange | undefined) => void
  /** Shows a history entry in the Response panel until another tab is activated. */
  inspectHistory: (exchange: InspectedExchange) => void
}

export const createInspectorSlice: StateCreator<WorkbenchState, [], [], InspectorSlice> = (
  set,
  get,
) => ({
  responses: {},
  responseOverride: undefined,
  setResponse: (key, exchange) => {
    const { [key]: _previous, ...rest } = get().responses
    set({ responses: exchange ? { ...rest, [key]: exchange } : rest })
  },
  inspectHistory: (exchange) => {
    get().setResponse(historyResponseKey, exchange)
    set({ responseOverride: historyResponseKey })
  },
})

/** What the Response panel shows: a history entry being inspected, else the active tab's answer. */
export function shownResponse(state: WorkbenchState): InspectedExchange | undefined {
  const key = state.responseOverride ?? state.activeTabId
  return key ? state.responses[key] : undefined
}
