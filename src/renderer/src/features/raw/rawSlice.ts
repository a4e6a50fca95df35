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
      if (current) patch(tabId, { sendSettings: { ...current.sendSettings, ...settings } })
    },
    setRawSendStatus: (tabId, send) => patch(tabId, { send }),
    revealRaw: (tabId, from, to) => set({ rawReveal: { tabId, from, to, nonce: ++revealNonce } }),
  }
}
