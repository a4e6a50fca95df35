import type { Command, CommandContext } from './command'

function sendInFlight({ store }: CommandContext) {
  const { activeTabId, composerTabs } = store.getState()
  const send = activeTabId ? composerTabs[activeTabId]?.send : undefined
  return send?.status === 'sending' ? send : undefined
}

/** Esc (or the palette) cancels the active tab's send in flight. */
export const cancelSend: Command = {
  id: 'composer.cancelSend',
  title: 'Cancel Send',
  category: 'Composer',
  keybinding: 'Escape',
  isEnabled: (context) => sendInFlight(context) !== undefined,
  run: async (context) => {
    const send = sendInFlight(context)
    if (send) await context.api['events.cancel']({ requestId: send.requestId })
  },
}
