import type { StateCreator } from 'zustand'
import type { AcceptedMatch } from '../../../../shared/contract/historyChannels'
import type { WorkbenchState } from '../../state/store'
import { emptySendSettings, type SendSettings } from '../sendSettings'

export type RawSendStatus =
  | { status: 'idle' }
  | { status: 'confirm'; duplicates: AcceptedMatch[] }
  | { status: 'sending'; requestId: string }
  | { status: 'failed'; message: string }
  | { status: 'done'; outcome: string }

export interface RawTab {
  /** The raw preset this tab edits (Ctrl+S writes it again); absent for a new request. */
  presetId?: string
  text: string
  connectionId?: string
  /** True while the text is the generated template: it follows the connection until edited. */
  template: boolean
  sendSettings: SendSettings
  send: RawSendStatus
}

export interface RawRevealRequest {
  tabId: string
  from: number
  to: number
  nonce: number
}

export interface RawSlice {
  rawTabs: Record<string, RawTab>
  rawReveal: RawRevealRequest | undefined
  putRawTab: (tabId: string, tab: Omit<RawTab, 'send' | 'sendSettings'> & Partial<RawTab>) => void
  dropRawTab: (tabId: string) => void
  setRawText: (tabId: string, text: string, options?: { template?: boolean }) => void
  setRawConnection: (tabId: string, connectionId: string | undefined) => void
  setRawSendSettings: (tabId: string, settings: Partial<SendSettings>) => void
  setRawSendStatus: (tabId: string, send: RawSendStatus) => void
  setRawPreset: (tabId: string, presetId: string | undefined) => void
  revealRaw: (tabId: string, from: number, to: number) => void
}

let revealNonce = 0

export const createRawSlice: StateCreator<WorkbenchState, [], [], RawSlice> = (set, get) => {
  function patch(tabId: string, change: Partial<RawTab>) {
    const current = get().rawTabs[tabId]
    if (!current) return
    set({ rawTabs: { ...get().rawTabs, [tabId]: { ...current, ...change } } })
  }
  return {
    rawTabs: {},
    rawReveal: undefined,
    putRawTab: (tabId, tab) =>
      set({
        rawTabs: {
          ...get().rawTabs,
          [tabId]: { sendSettings: emptySendSettings, send: { status: 'idle' }, ...tab },
        },
      }),
    dropRawTab: (tabId) => {
      if (!get().rawTabs[tabId]) return
      const { [tabId]: _closed, ...rest } = get().rawTabs
      set({ rawTabs: rest })
    },
    setRawText: (tabId, text, options) => {
      const current = get().rawTabs[tabId]
      if (!current || current.text === text) return
      patch(tabId, { text, template: options?.template ?? false })
      if (!options?.template) get().setTabDirty(tabId, true)
    },
    setRawConnection: (tabId, connectionId) => patch(tabId, { connectionId }),
    setRawSendSettings: (tabId, settings) => {
      const current = get().rawTabs[tabId]
      if (!current) return
      patch(tabId, { sendSettings: { ...current.sendSettings, ...settings } })
      get().setTabDirty(tabId, true)
    },
    setRawSendStatus: (tabId, send) => patch(tabId, { send }),
    setRawPreset: (tabId, presetId) => {
      const current = get().rawTabs[tabId]
      if (!current) return
      const { presetId: _previous, ...rest } = current
      set({ rawTabs: { ...get().rawTabs, [tabId]: presetId ? { ...rest, presetId } : rest } })
    },
    revealRaw: (tabId, from, to) => set({ rawReveal: { tabId, from, to, nonce: ++revealNonce } }),
  }
}
