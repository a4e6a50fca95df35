import type { StateCreator } from 'zustand'
import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { AcceptedMatch } from '../../../../shared/contract/historyChannels'
import type { WorkbenchState } from '../../state/store'
import { forgetBuild } from './computeBuild'
import { switchConnection } from './draftUpdates'
import { emptySendSettings, type SendSettings } from '../sendSettings'

export type SendStatus =
  | { status: 'idle' }
  | { status: 'confirm'; duplicates: AcceptedMatch[] }
  | { status: 'sending'; requestId: string; startedAt: number; target: string }
  | { status: 'failed'; message: string }
  | { status: 'done'; outcome: string }

export interface ComposerTab {
  draft: EventDraft
  connectionId?: string
  sampleContactId?: string
  presetId?: string
  /** The preset's description and tags, edited in the composer and written by Save / Save As. */
  presetMeta?: { description: string; tags: string[] }
  /** This tab's extra request headers and timeout (as typed). */
  sendSettings?: SendSettings
  send: SendStatus
}

export interface FieldFocusRequest {
  tabId: string
  path: string
  nonce: number
}

export interface ComposerSlice {
  composerTabs: Record<string, ComposerTab>
  connections: ConnectionView[]
  connectionsError: string | undefined
  fieldFocus: FieldFocusRequest | undefined
  putComposerTab: (tabId: string, tab: Omit<ComposerTab, 'send'>) => void
  /** Forgets a closed tab's draft and its cached preview build (its autosave is cleared with it). */
  dropComposerTab: (tabId: string) => void
  updateDraft: (tabId: string, update: (draft: EventDraft) => EventDraft) => void
  setComposerConnection: (tabId: string, connectionId: string | undefined) => void
  setSampleContact: (tabId: string, sampleContactId: string | undefined) => void
  setComposerSendSettings: (tabId: string, settings: Partial<SendSettings>) => void
  setSendStatus: (tabId: string, send: SendStatus) => void
  setConnections: (connections: ConnectionView[], error?: string) => void
  focusField: (tabId: string, path: string) => void
}

let focusNonce = 0

export const createComposerSlice: StateCreator<WorkbenchState, [], [], ComposerSlice> = (
  set,
  get,
) => {
  function patch(tabId: string, change: Partial<ComposerTab>) {
    const current = get().composerTabs[tabId]
    if (!current) return
    set({ composerTabs: { ...get().composerTabs, [tabId]: { ...current, ...change } } })
  }
  return {
    composerTabs: {},
    connections: [],
    connectionsError: undefined,
    fieldFocus: undefined,
    putComposerTab: (tabId, tab) =>
      set({
        composerTabs: { ...get().composerTabs, [tabId]: { ...tab, send: { status: 'idle' } } },
      }),
    dropComposerTab: (tabId) => {
      // The memoized preview build goes with the tab, so closed tabs do not pile up in the cache.
      forgetBuild(tabId)
      if (!get().composerTabs[tabId]) return
      const { [tabId]: _closed, ...rest } = get().composerTabs
      set({ composerTabs: rest })
      get().setResponse(tabId, undefined)
    },
    updateDraft: (tabId, update) => {
      const current = get().composerTabs[tabId]
      if (!current) return
      patch(tabId, { draft: update(current.draft) })
      get().setTabDirty(tabId, true)
    },
    setComposerConnection: (tabId, connectionId) => {
      const current = get().composerTabs[tabId]
      if (!current) return
      const find = (id: string | undefined) =>
        id ? get().connections.find((candidate) => candidate.id === id) : undefined
      const draft = switchConnection(current.draft, find(current.connectionId), find(connectionId))
      patch(tabId, connectionId ? { connectionId, draft } : { connectionId: undefined, draft })
      if (draft !== current.draft) get().setTabDirty(tabId, true)
    },
    setComposerSendSettings: (tabId, settings) => {
      const current = get().composerTabs[tabId]
      if (!current) return
      patch(tabId, {
        sendSettings: { ...(current.sendSettings ?? emptySendSettings), ...settings },
      })
    },
    setSampleContact: (tabId, sampleContactId) =>
      patch(tabId, sampleContactId ? { sampleContactId } : { sampleContactId: undefined }),
    setSendStatus: (tabId, send) => patch(tabId, { send }),
    setConnections: (connections, error) => set({ connections, connectionsError: error }),
    focusField: (tabId, path) => set({ fieldFocus: { tabId, path, nonce: ++focusNonce } }),
  }
}
