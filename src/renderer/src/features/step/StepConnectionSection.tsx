import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { useWorkbenchStore } from '../../state/store'

/** Meta business account: the connection (business account and portfolio) and its dataset. */
export function StepConnectionSection({
  tabId,
  connection,
}: {
  tabId: string
  connection: ConnectionView | undefined
}) {
  const name = useWorkbenchStore((state) => state.stepTabs[tabId]?.step.connection)
  const connections = useWorkbenchStore((state) => state.connections)
  const updateStep = useWorkbenchStore((state) => state.updateStep)
  const showView = useWorkbenchStore((state) => state.showView)
  if (name === undefined) return null
  const id = `step-${tabId}-connection`.replace(/[^A-Za-z0-9_-]/g, '-')
  return (
    <fieldset className="composer-section">
      <legend>Meta business account</legend>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Business account and portfolio (connection)
        </label>
        <select
          id={id}
          value={connection?.name ?? ''}
          onChange={(event) => {
            const chosen = connections.find((candidate) => candidate.name === event.target.value)
            updateStep(tabId, (step) => ({
              ...step,
              connection: event.target.value,
              // The accounts offered are the ones the new connection lists as linked.
              assets: {
                whatsapp:
                  step.assets.whatsapp === null ? null : (chosen?.assets.whatsapp?.id ?? null),
                page: step.assets.page === null ? null : (chosen?.assets.page?.id ?? null),
                instagram:
                  step.assets.instagram === null ? null : (chosen?.assets.instagram?.id ?? null),
              },
            }))
          }}
        >
          <option value="">Choose a connection…</option>
          {connections.map((candidate) => (
            <option key={candidate.id} value={candidate.name}>
              {candidate.name}
              {candidate.businessAccountName ? ` — ${candidate.businessAccountName}` : ''}
              {candidate.portfolioName ? ` (${candidate.portfolioName})` : ''}
            </option>
          ))}
        </select>
        <div className="field-hint">
          {connection ? (
            `Business account: ${connection.businessAccountName || '—'} · portfolio: ${connection.portfolioName || '—'} · dataset ${connection.datasetId} · ${connection.endpoint.kind === 'meta' ? 'Meta' : connection.endpoint.kind}`
          ) : connections.length === 0 ? (
            <button type="button" className="link-button" onClick={() => showView('connections')}>
              No connections yet. Add one in the Connections view.
            </button>
          ) : name ? (
            `No connection named "${name}".`
          ) : (
            'Choose the business account the step sends with.'
          )}
        </div>
      </div>
    </fieldset>
  )
}
