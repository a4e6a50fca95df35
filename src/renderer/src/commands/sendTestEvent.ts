import { activeComposerTabId, sendDraft } from '../features/composer'
import type { Command } from './command'

/** Ctrl+Enter: send the active composer's event (with its test event code). */
export const sendTestEvent: Command = {
  id: 'composer.send',
  title: 'Send Test Event',
  category: 'Composer',
  keybinding: 'Ctrl+Enter',
  isEnabled: ({ store }) => activeComposerTabId(store) !== undefined,
  run: async ({ store, api }) => {
    const tabId = activeComposerTabId(store)
    if (tabId) await sendDraft(store, api, tabId)
  },
}
