import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { endpointIcon, endpointLabel } from './endpointLabel'
import { Field, TextField } from './Field'
import { setTopLevel } from './draftUpdates'
import { useComposerConnection } from './useComposerBuild'
import { useDraftFields } from './useDraftFields'

/** Where the event goes: the connection (with its endpoint) and the test event code. */
export function ConnectionSection({ tabId, onReload }: { tabId: string; onReload: () => void }) {
  const connectionId = useWorkbenchStore((state) => state.composerTabs[tabId]?.connectionId)
  // Only the fields shown here: a keystroke in another section does not render this one again.
  const draft = useDraftFields(tabId, ['testEventCode'])
  const connections = useWorkbenchStore((state) => state.connections)
  const connectionsError = useWorkbenchStore((state) => state.connectionsError)
  const setConnection = useWorkbenchStore((state) => state.setComposerConnection)
  const updateDraft = useWorkbenchStore((state) => state.updateDraft)
  const showView = useWorkbenchStore((state) => state.showView)
  const connection = useComposerConnection(tabId)
  if (!draft) return null
  return (
    <fieldset className="composer-section">
      <legend>Send to</legend>
      <div className="field-row">
        <Field
          tabId={tabId}
          path="connection.datasetId"
          label="Connection"
          hint={
            connection ? (
              <span className="endpoint-hint">
                <Codicon name={endpointIcon(connection.endpoint)} />{' '}
                {endpointLabel(connection.endpoint)} · dataset {connection.datasetId} ·{' '}
                {connection.apiVersion}
                {connection.hasToken ? '' : ' · no token set'}
              </span>
            ) : connections.length === 0 ? (
              <button type="button" className="link-button" onClick={() => showView('connections')}>
                {connectionsError ?? 'No connections yet.'} Add one in the Connections view.
              </button>
            ) : (
              'Pick the dataset and token to send with.'
            )
          }
        >
          {(control) => (
            <select
              {...control}
              value={connectionId ?? ''}
              onFocus={onReload}
              onChange={(event) => setConnection(tabId, event.target.value || undefined)}
            >
              <option value="">Choose a connection…</option>
              {connections.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} — {endpointLabel(candidate.endpoint)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          tabId={tabId}
          path="testEventCode"
          label="Test event code"
          mono
          placeholder="TEST12345"
          hint={
            !draft.testEventCode
              ? 'From Events Manager → Test events. Remembered for this connection.'
              : connection?.testEventCode === draft.testEventCode
                ? `From the connection "${connection.name}".`
                : connection
                  ? `Typed here, not the connection's${connection.testEventCode ? ` (${connection.name} remembers ${connection.testEventCode})` : ''}. Remembered after a successful send.`
                  : 'From Events Manager → Test events. Remembered for the connection.'
          }
          value={draft.testEventCode}
          onChange={(value) =>
            updateDraft(tabId, (draft) => setTopLevel(draft, 'testEventCode', value))
          }
        />
      </div>
    </fieldset>
  )
}
