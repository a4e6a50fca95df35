import { activeComposerTabId, computeBuild, findSampleContact } from '../features/composer'
import { activeRawTabId, formatRawTab, openRawTab, sendRawRequest } from '../features/raw'
import type { Command, CommandContext } from './command'

/** "Open as Raw Request" from the active composer: the body the composer would send. */
function openDraftAsRaw({ store }: CommandContext): void {
  const tabId = activeComposerTabId(store)
  const state = store.getState()
  const tab = tabId ? state.composerTabs[tabId] : undefined
  if (!tabId || !tab) return
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  const build = computeBuild(
    tabId,
    tab.draft,
    connection,
    findSampleContact(state, tab.sampleContactId)?.contact,
  )
  openRawTab(store, {
    text: `${JSON.stringify(build.request.body, null, 2)}\n`,
    source: tab.draft.eventName || 'event',
    ...(tab.connectionId ? { connectionId: tab.connectionId } : {}),
  })
}

/** "Open as Raw Request" on the selected history entry: its body exactly as it was sent. */
async function openSendAsRaw({ store, api }: CommandContext): Promise<void> {
  const id = store.getState().selectedHistoryId
  if (!id) return
  const result = await api['history.get']({ id })
  const state = store.getState()
  if (!result.ok || result.value.request.body === undefined) {
    state.notify({
      level: 'error',
      message: 'This send has no body to open.',
      ...(result.ok ? {} : { detail: result.error.message }),
    })
    return
  }
  const entry = result.value
  const connection = state.connections.find((candidate) => candidate.name === entry.connectionName)
  openRawTab(store, {
    text: entry.request.body ?? '',
    source: entry.eventNames.join(', ') || 'history',
    ...(connection ? { connectionId: connection.id } : {}),
  })
}

export const rawRequestCommands: Command[] = [
  {
    id: 'raw.new',
    title: 'New Raw Request',
    category: 'Raw Request',
    run: ({ store }) => {
      openRawTab(store)
    },
  },
  {
    id: 'raw.send',
    title: 'Send Raw Request',
    category: 'Raw Request',
    keybinding: 'Ctrl+Enter',
    isEnabled: ({ store }) => activeRawTabId(store) !== undefined,
    run: async ({ store, api }) => {
      const tabId = activeRawTabId(store)
      if (tabId) await sendRawRequest(store, api, tabId)
    },
  },
  {
    id: 'raw.format',
    title: 'Format Raw Request JSON',
    category: 'Raw Request',
    keybinding: 'Shift+Alt+F',
    isEnabled: ({ store }) => activeRawTabId(store) !== undefined,
    run: ({ store }) => {
      const tabId = activeRawTabId(store)
      if (tabId) formatRawTab(store, tabId, 2)
    },
  },
  {
    id: 'raw.minify',
    title: 'Minify Raw Request JSON',
    category: 'Raw Request',
    isEnabled: ({ store }) => activeRawTabId(store) !== undefined,
    run: ({ store }) => {
      const tabId = activeRawTabId(store)
      if (tabId) formatRawTab(store, tabId, 0)
    },
  },
  {
    id: 'raw.openDraft',
    title: 'Open as Raw Request',
    category: 'Composer',
    isEnabled: ({ store }) => activeComposerTabId(store) !== undefined,
    run: openDraftAsRaw,
  },
  {
    id: 'raw.openHistoryEntry',
    title: 'Open Selected Send as Raw Request',
    category: 'History',
    isEnabled: ({ store }) => Boolean(store.getState().selectedHistoryId),
    run: openSendAsRaw,
  },
]
