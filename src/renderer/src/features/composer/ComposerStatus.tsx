import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { endpointIcon, endpointLabel } from './endpointLabel'

/** Status bar: the active composer's connection and where it sends (Meta or the sandbox). */
export function ComposerStatus() {
  const connection = useWorkbenchStore((state) => {
    const id = state.activeTabId ? state.composerTabs[state.activeTabId]?.connectionId : undefined
    return state.connections.find((candidate) => candidate.id === id)
  })
  const isComposer = useWorkbenchStore((state) =>
    Boolean(state.activeTabId && state.composerTabs[state.activeTabId]),
  )
  const showView = useWorkbenchStore((state) => state.showView)
  if (!isComposer) return null
  return (
    <button
      type="button"
      className="status-item status-button"
      data-testid="status-connection"
      title={
        connection
          ? `Sending to ${endpointLabel(connection.endpoint)}, dataset ${connection.datasetId}`
          : 'No connection chosen'
      }
      onClick={() => showView('connections')}
    >
      <Codicon name={connection ? endpointIcon(connection.endpoint) : 'plug'} />
      {connection ? `${connection.name} · ${endpointLabel(connection.endpoint)}` : 'No connection'}
    </button>
  )
}
