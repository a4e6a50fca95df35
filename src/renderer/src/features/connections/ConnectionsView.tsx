import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { ConnectionRow } from './ConnectionRow'
import { KeychainBanner } from './KeychainBanner'
import {
  openConnectionEditor,
  refreshConnections,
  refreshKeychainStatus,
} from './connectionActions'
import './connections.css'

/** The Connections side bar view: every connection with its token and check status. */
export function ConnectionsView() {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const connections = useWorkbenchStore((state) => state.connections)
  const error = useWorkbenchStore((state) => state.connectionsError)
  const fileProblems = useWorkbenchStore((state) => state.connectionFileProblems)
  const selected = useWorkbenchStore((state) => state.selectedConnectionId)
  useEffect(() => {
    void refreshConnections(context)
    void refreshKeychainStatus(context)
    return api.on('connections.changed', () => void refreshConnections(context))
  }, [])
  return (
    <div className="connections">
      <div className="connections-toolbar">
        <Button
          variant="secondary"
          className="button-small"
          icon="add"
          onClick={() => openConnectionEditor(context)}
        >
          Add connection
        </Button>
        <Button
          variant="icon"
          icon="refresh"
          aria-label="Reload connections"
          title="Reload connections"
          onClick={() => {
            void refreshConnections(context)
            void refreshKeychainStatus(context)
          }}
        />
      </div>
      <KeychainBanner />
      {error ? <p className="explorer-error">{error}</p> : null}
      {fileProblems.map((problem) => (
        <p key={problem.file} className="explorer-error" title={problem.file}>
          {problem.message}
        </p>
      ))}
      {connections.length === 0 ? (
        <EmptyState icon="plug" title="No connections yet">
          <p>A connection holds a dataset, its assets and a token kept in your OS keychain.</p>
        </EmptyState>
      ) : (
        <ul className="connection-list" aria-label="Connections">
          {connections.map((connection) => (
            <ConnectionRow
              key={connection.id}
              connection={connection}
              selected={connection.id === selected}
              onOpen={() => openConnectionEditor(context, connection)}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
