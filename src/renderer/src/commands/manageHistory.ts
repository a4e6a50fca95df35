import { refreshHistory, reopenHistoryEntry, resendHistoryEntry } from '../features/history'
import type { Command } from './command'

/** History actions for the palette; the selected entry is the one last opened in the inspector. */
export const historyCommands: Command[] = [
  {
    id: 'history.refresh',
    title: 'Refresh History',
    category: 'History',
    run: (context) => refreshHistory(context),
  },
  {
    id: 'history.reopen',
    title: 'Reopen Selected Send as Draft',
    category: 'History',
    isEnabled: ({ store }) => Boolean(store.getState().selectedHistoryId),
    run: async (context) => {
      const id = context.store.getState().selectedHistoryId
      if (id) await reopenHistoryEntry(context, id)
    },
  },
  {
    id: 'history.resend',
    title: 'Re-send Selected Send',
    category: 'History',
    isEnabled: ({ store }) => Boolean(store.getState().selectedHistoryId),
    run: async (context) => {
      const id = context.store.getState().selectedHistoryId
      if (id) await resendHistoryEntry(context, id)
    },
  },
  {
    id: 'history.clear',
    title: 'Clear History',
    category: 'History',
    run: async (context) => {
      const result = await context.api['history.clear']()
      const state = context.store.getState()
      if (result.ok)
        state.notify({
          level: 'info',
          message: `Cleared ${result.value.deleted} recorded send(s).`,
        })
      await refreshHistory(context)
    },
  },
]
