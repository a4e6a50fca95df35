import { useEffect } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { endpointLabel } from '../composer'
import { SendSettingsFields } from '../sendSettings'
import { rawTemplate } from './rawTemplate'

/**
 * Where the body goes (the composer's "Connection" picker) and this tab's send settings: extra
 * request headers and the timeout. An untouched template follows the connection (its WhatsApp
 * account and remembered test event code).
 */
export function RawConnectionRow({ tabId, onReload }: { tabId: string; onReload: () => void }) {
  const tab = useWorkbenchStore((state) => state.rawTabs[tabId])
  const connections = useWorkbenchStore((state) => state.connections)
  const setConnection = useWorkbenchStore((state) => state.setRawConnection)
  const setRawText = useWorkbenchStore((state) => state.setRawText)
  const setSettings = useWorkbenchStore((state) => state.setRawSendSettings)
  const showView = useWorkbenchStore((state) => state.showView)
  const only = connections.length === 1 ? connections[0]?.id : undefined
  const unset = tab !== undefined && tab.connectionId === undefined
  // With one connection there is nothing to choose: take it as soon as the list arrives.
  useEffect(() => {
    if (unset && only) choose(only)
  }, [unset, only])
  if (!tab) return null
  const connection = connections.find((candidate) => candidate.id === tab.connectionId)
  function choose(id: string | undefined) {
    setConnection(tabId, id)
    if (useWorkbenchStore.getState().rawTabs[tabId]?.template) {
      const next = connections.find((candidate) => candidate.id === id)
      setRawText(tabId, rawTemplate(next), { template: true })
    }
  }
  return (
    <div className="raw-settings">
      <div className="raw-field">
        <label htmlFor={`raw-connection-${tabId}`}>Connection</label>
        <select
          id={`raw-connection-${tabId}`}
          value={tab.connectionId ?? ''}
          onFocus={onReload}
          onChange={(event) => choose(event.target.value || undefined)}
        >
          <option value="">Choose a connection…</option>
          {connections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} — {endpointLabel(candidate.endpoint)}
            </option>
          ))}
        </select>
        <span className="raw-hint">
          {connection ? (
            `dataset ${connection.datasetId} · ${connection.apiVersion}${connection.hasToken ? '' : ' · no token set'}`
          ) : connections.length === 0 ? (
            <button type="button" className="link-button" onClick={() => showView('connections')}>
              No connections yet. Add one in the Connections view.
            </button>
          ) : (
            'The dataset, version and token to send with.'
          )}
        </span>
      </div>
      <SendSettingsFields
        idPrefix={`raw-${tabId}`}
        settings={tab.sendSettings}
        onChange={(change) => setSettings(tabId, change)}
      />
    </div>
  )
}
