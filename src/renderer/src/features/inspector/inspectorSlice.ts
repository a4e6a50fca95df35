import type { StateCreator } from 'zustand'
import type { WorkbenchState } from '../../state/store'
import type { InspectedExchange } from './inspectedExchange'

export interface InspectorSlice {
  inspected: InspectedExchange | undefined
  inspect: (exchange: InspectedExchange | undefined) => void
}

export const createInspectorSlice: StateCreator<WorkbenchState, [], [], InspectorSlice> = (
  set,
) => ({
  inspected: undefined,
  inspect: (exchange) => set({ inspected: exchange }),
})
