import { isSessionLostCode } from '../../api/sessionLost'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { ChannelInput } from '../../../../shared/contract'
import type { CommandContext } from '../../commands/command'

export const newConnectionTabId = 'connection:new'

export function connectionTabId(id: string): string {
  return `connection:${id}`
}

/** Reloads the list (shared with the composer) and the unreadable-file notes. */
export async function refreshConnections({ store, api }: CommandContext): Promise<void> {
  const result = await api['connections.list']()
  const state = store.getState()
  if (result.ok) {
    state.setConnections(result.value.connections)
    state.setConnectionFileProblems(result.value.problems)
  } else {
    state.setConnections(state.connections, result.error.message)
  }
}

export async function refreshKeychainStatus({ store, api }: CommandContext): Promise<void> {
  const result = await api['connections.keychainStatus']()
  // A page whose server was restarted cannot tell anything about the keychain: the session
  // banner explains that instead of a false "Keychain unavailable".
  if (!result.ok && isSessionLostCode(result.error.code)) return
  store
    .getState()
    .setKeychainStatus(
      result.ok
        ? result.value
        : { available: false, backend: 'unknown', problem: result.error.message },
    )
}

export function openConnectionEditor({ store }: CommandContext, connection?: ConnectionView): void {
  const state = store.getState()
  if (connection) state.selectConnection(connection.id)
  state.openTab(
    connection
      ? {
          id: connectionTabId(connection.id),
          kind: 'connection',
          title: connection.name,
          resource: connection.id,
        }
      : { id: newConnectionTabId, kind: 'connection', title: 'New connection' },
  )
}

type SaveInput = ChannelInput<'connections.save'>

/** Saves; a new connection's tab is replaced by one for its id. Returns the error, if any. */
export async function saveConnection(
  context: CommandContext,
  tabId: string,
  input: SaveInput,
): Promise<{ saved?: ConnectionView; error?: string; details?: string[] }> {
  const result = await context.api['connections.save'](input)
  if (!result.ok) return { error: result.error.message, details: result.error.details }
  const state = context.store.getState()
  await refreshConnections(context)
  if (tabId === newConnectionTabId) {
    state.closeTab(tabId)
    openConnectionEditor(context, result.value)
  } else {
    state.setTabTitle(tabId, result.value.name)
    state.setTabDirty(tabId, false)
  }
  state.setCheckReport(result.value.id, undefined)
  return { saved: result.value }
}

export async function deleteConnection(
  context: CommandContext,
  connection: ConnectionView,
): Promise<void> {
  const result = await context.api['connections.delete']({ id: connection.id })
  const state = context.store.getState()
  if (!result.ok) {
    state.notify({
      level: 'error',
      message: `Could not delete "${connection.name}".`,
      detail: result.error.message,
    })
    return
  }
  state.closeTab(connectionTabId(connection.id))
  state.setCheckReport(connection.id, undefined)
  state.notify({
    level: 'info',
    message: `Deleted "${connection.name}"${result.value.tokenRemoved ? ' and its token' : ''}.`,
  })
  await refreshConnections(context)
}

/** Sends the pasted token to main once; only the hint comes back. */
export async function setConnectionToken(
  context: CommandContext,
  id: string,
  token: string,
): Promise<string | undefined> {
  const result = await context.api['connections.setToken']({ id, token })
  if (!result.ok) {
    if (result.error.code === 'keychain_unavailable') await refreshKeychainStatus(context)
    return result.error.message
  }
  context.store.getState().setCheckReport(id, undefined)
  await refreshConnections(context)
  return undefined
}

export async function removeConnectionToken(
  context: CommandContext,
  id: string,
): Promise<string | undefined> {
  const result = await context.api['connections.removeToken']({ id })
  if (!result.ok) return result.error.message
  context.store.getState().setCheckReport(id, undefined)
  await refreshConnections(context)
  return undefined
}

export async function checkConnection(context: CommandContext, id: string): Promise<void> {
  const state = context.store.getState()
  state.setChecking(id, true)
  try {
    const result = await context.api['connections.check']({ id })
    if (result.ok) state.setCheckReport(id, result.value)
    else
      state.notify({
        level: 'error',
        message: 'The check could not run.',
        detail: result.error.message,
      })
    await refreshConnections(context)
  } finally {
    context.store.getState().setChecking(id, false)
  }
}
