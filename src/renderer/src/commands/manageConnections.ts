import {
  checkConnection,
  openConnectionEditor,
  refreshConnections,
  refreshKeychainStatus,
} from '../features/connections'
import type { Command, CommandContext } from './command'

/** The connection of the active editor tab, or the one selected in the Connections view. */
function activeConnectionId({ store }: CommandContext): string | undefined {
  const state = store.getState()
  const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId)
  if (tab?.kind === 'connection' && tab.resource) return tab.resource
  return state.selectedConnectionId
}

export const connectionCommands: Command[] = [
  {
    id: 'connections.add',
    title: 'Add Connection',
    category: 'Connections',
    run: (context) => {
      context.store.getState().showView('connections')
      openConnectionEditor(context)
    },
  },
  {
    id: 'connections.check',
    title: 'Check Connection',
    category: 'Connections',
    isEnabled: (context) => {
      const id = activeConnectionId(context)
      return Boolean(id && context.store.getState().connections.find((c) => c.id === id)?.hasToken)
    },
    run: async (context) => {
      const id = activeConnectionId(context)
      if (id) await checkConnection(context, id)
    },
  },
  {
    id: 'connections.refresh',
    title: 'Reload Connections and Keychain Status',
    category: 'Connections',
    run: async (context) => {
      await Promise.all([refreshConnections(context), refreshKeychainStatus(context)])
    },
  },
]
