import type { WorkbenchState } from '../../state/store'

/** Why Send cannot work right now, checked before anything else (before the real-event question). */
export interface SendBlocker {
  reason: string
  /** What the button next to the reason does. */
  action: 'chooseConnection' | 'openConnections'
  actionLabel: string
}

export function sendBlocker(state: WorkbenchState, tabId: string): SendBlocker | undefined {
  const tab = state.composerTabs[tabId]
  if (!tab) return undefined
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  if (!connection)
    return {
      reason: 'Choose a connection to send with.',
      action: 'chooseConnection',
      actionLabel: 'Choose connection',
    }
  if (state.keychainStatus && !state.keychainStatus.available)
    return {
      reason: 'The OS keychain is unavailable, so the token cannot be read.',
      action: 'openConnections',
      actionLabel: 'Show Connections',
    }
  if (!connection.hasToken)
    return {
      reason: `"${connection.name}" has no token yet.`,
      action: 'openConnections',
      actionLabel: 'Set the token',
    }
  return undefined
}
