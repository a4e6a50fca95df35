import type { StateCreator } from 'zustand'
import type { ConnectionCheckReport } from '../../../../shared/connections/connectionCheckReport'
import type { KeychainStatus } from '../../../../shared/connections/keychainStatus'
import type { WorkbenchState } from '../../state/store'

/**
 * Connections view state. The list itself is `connections` (shared with the composer's picker);
 * this slice adds what only the Connections view and editor need. Never a token: main keeps it.
 */
export interface ConnectionsSlice {
  keychainStatus: KeychainStatus | undefined
  /** Connection files main could not read, with why. */
  connectionFileProblems: Array<{ file: string; message: string }>
  /** The last check of each connection in this session, by id, shown inline in its editor. */
  checkReports: Record<string, ConnectionCheckReport>
  /** Ids with a check in flight. */
  checking: string[]
  selectedConnectionId: string | undefined
  setKeychainStatus: (status: KeychainStatus) => void
  setConnectionFileProblems: (problems: Array<{ file: string; message: string }>) => void
  setCheckReport: (id: string, report: ConnectionCheckReport | undefined) => void
  setChecking: (id: string, checking: boolean) => void
  selectConnection: (id: string | undefined) => void
}

export const createConnectionsSlice: StateCreator<WorkbenchState, [], [], ConnectionsSlice> = (
  set,
  get,
) => ({
  keychainStatus: undefined,
  connectionFileProblems: [],
  checkReports: {},
  checking: [],
  selectedConnectionId: undefined,
  setKeychainStatus: (keychainStatus) => set({ keychainStatus }),
  setConnectionFileProblems: (connectionFileProblems) => set({ connectionFileProblems }),
  setCheckReport: (id, report) => {
    const { [id]: _previous, ...others } = get().checkReports
    set({ checkReports: report ? { ...others, [id]: report } : others })
  },
  setChecking: (id, checking) => {
    const others = get().checking.filter((candidate) => candidate !== id)
    set({ checking: checking ? [...others, id] : others })
  },
  selectConnection: (selectedConnectionId) => set({ selectedConnectionId }),
})
