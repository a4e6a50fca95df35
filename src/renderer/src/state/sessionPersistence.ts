import { redactToken } from '../../../shared/redact'
import type { EditorTab } from './editorSlice'
import type { WorkbenchState, WorkbenchStore } from './store'

/**
 * The open tabs as they were, across a reload or a restart: order, active tab, each composer's
 * connection and sample contact, each tab's remembered view state (the Import tab's text and
 * results) and scroll position. Drafts themselves are not here: dirty ones come back from main's
 * autosave, clean preset tabs from their file. Pasted credentials are removed before writing.
 */
export const sessionStorageKey = 'capi-workbench-session'

interface SavedSession {
  version: 1
  tabs: EditorTab[]
  activeTabId?: string
  composer: Record<string, { connectionId?: string; sampleContactId?: string }>
  memory: Record<string, Record<string, unknown>>
}

/** Strips tokens from every string before it is written (the Import tab may hold a paste). */
function scrub(value: unknown): unknown {
  if (typeof value === 'string') return redactToken(value)
  if (Array.isArray(value)) return value.map(scrub)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item)]))
  return value
}

export function sessionSnapshot(state: WorkbenchState): SavedSession {
  const composer: SavedSession['composer'] = {}
  for (const [tabId, tab] of Object.entries(state.composerTabs)) {
    composer[tabId] = {
      ...(tab.connectionId ? { connectionId: tab.connectionId } : {}),
      ...(tab.sampleContactId ? { sampleContactId: tab.sampleContactId } : {}),
    }
  }
  const open = new Set(state.tabs.map((tab) => tab.id))
  const memory = Object.fromEntries(
    Object.entries(state.tabMemory).filter(([tabId]) => open.has(tabId)),
  )
  return {
    version: 1,
    tabs: state.tabs,
    ...(state.activeTabId ? { activeTabId: state.activeTabId } : {}),
    composer,
    memory: scrub(memory) as SavedSession['memory'],
  }
}

function read(storage: Storage): SavedSession | undefined {
  try {
    const parsed = JSON.parse(storage.getItem(sessionStorageKey) ?? 'null') as SavedSession | null
    return parsed?.version === 1 && Array.isArray(parsed.tabs) ? parsed : undefined
  } catch {
    return undefined
  }
}

/** The connection and sample contact a restored composer tab had (applied when its draft arrives). */
export function restoredComposerChoice(
  storage: Storage | undefined,
  tabId: string,
): { connectionId?: string; sampleContactId?: string } | undefined {
  return storage ? read(storage)?.composer[tabId] : undefined
}

/**
 * Reopens the saved tabs. A dirty draft's tab is opened clean and empty-handed: main's autosave
 * fills it (and marks it dirty) a moment later; see presetSync.
 */
export function restoreSession(store: WorkbenchStore, storage: Storage | undefined): void {
  const saved = storage ? read(storage) : undefined
  if (!saved) return
  const state = store.getState()
  for (const tab of saved.tabs) {
    if (typeof tab?.id !== 'string' || typeof tab.kind !== 'string') continue
    state.openTab({ ...tab, dirty: false })
  }
  for (const [tabId, memory] of Object.entries(saved.memory ?? {}))
    for (const [key, value] of Object.entries(memory)) state.setTabMemory(tabId, key, value)
  if (saved.activeTabId && store.getState().tabs.some((tab) => tab.id === saved.activeTabId))
    state.activateTab(saved.activeTabId)
}

/** Writes the session (debounced) whenever tabs, drafts' choices or tab memory change. */
export function startSessionPersistence(
  store: WorkbenchStore,
  storage: Storage | undefined,
): () => void {
  if (!storage) return () => {}
  let timer: ReturnType<typeof setTimeout> | undefined
  const write = () => {
    try {
      storage.setItem(sessionStorageKey, JSON.stringify(sessionSnapshot(store.getState())))
    } catch {
      // storage full or disabled: the autosave in main still keeps the drafts
    }
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.tabs === previous.tabs &&
      state.activeTabId === previous.activeTabId &&
      state.composerTabs === previous.composerTabs &&
      state.tabMemory === previous.tabMemory
    )
      return
    clearTimeout(timer)
    timer = setTimeout(write, 200)
  })
  const flush = () => {
    clearTimeout(timer)
    write()
  }
  window.addEventListener('pagehide', flush)
  return () => {
    unsubscribe()
    window.removeEventListener('pagehide', flush)
    clearTimeout(timer)
  }
}
