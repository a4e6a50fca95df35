import { useState } from 'react'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { useConnectionList } from '../connections'
import { ReceivedEventCard } from './ReceivedEventCard'
import { useTestEventsWatch } from './useTestEventsWatch'
import './testEvents.css'

/** `connectionId|code` in the tab's resource (opened from a Workflow Step). */
function initialOf(resource: string | undefined): { connectionId: string; code: string } {
  const [connectionId = '', code = ''] = (resource ?? '').split('|')
  return { connectionId, code }
}

const statusWords = {
  idle: 'Not watching',
  connecting: 'Connecting to the sandbox…',
  'catching-up': 'Loading the events received so far…',
  live: 'Live: new events appear as the sandbox receives them',
  ended: 'Stopped',
  failed: 'Not watching',
} as const

/**
 * Test events (tab kind `test-events`): like Events Manager's Test events tab, for a sandbox
 * connection, fed live through main; for a Meta connection, where to look in Events Manager.
 */
export function TestEventsEditor({ tab }: { tab: EditorTab }) {
  useConnectionList()
  const connections = useWorkbenchStore((state) => state.connections)
  const initial = initialOf(tab.resource)
  const [connectionId, setConnectionId] = useState(initial.connectionId)
  const [codeDraft, setCodeDraft] = useState(initial.code)
  const [code, setCode] = useState(initial.code)
  const connection =
    connections.find((candidate) => candidate.id === connectionId) ??
    connections.find((candidate) => candidate.endpoint.kind === 'sandbox')
  const isSandbox = connection?.endpoint.kind === 'sandbox'
  const watch = useTestEventsWatch(connection?.id, code, isSandbox)
  const base = `test-events-${tab.id}`.replace(/[^A-Za-z0-9_-]/g, '-')
  return (
    <div className="test-events" data-testid="test-events">
      <form
        className="test-events-toolbar"
        aria-label="Test events filter"
        onSubmit={(event) => {
          event.preventDefault()
          setCode(codeDraft.trim())
        }}
      >
        <label htmlFor={`${base}-connection`}>Connection</label>
        <select
          id={`${base}-connection`}
          value={connection?.id ?? ''}
          onChange={(event) => setConnectionId(event.target.value)}
        >
          {connections.length === 0 ? <option value="">No connections</option> : null}
          {connections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} —{' '}
              {candidate.endpoint.kind === 'meta' ? 'Meta' : candidate.endpoint.kind}
            </option>
          ))}
        </select>
        <label htmlFor={`${base}-code`}>Test event code</label>
        <input
          id={`${base}-code`}
          placeholder="all codes"
          value={codeDraft}
          onChange={(event) => setCodeDraft(event.target.value)}
          onBlur={() => setCode(codeDraft.trim())}
        />
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </form>
      {connection && !isSandbox ? (
        <div className="test-events-meta" data-testid="test-events-meta">
          <p>
            <Codicon name="info" /> “{connection.name}” sends to{' '}
            {connection.endpoint.kind === 'meta' ? 'Meta' : 'a custom endpoint'}: only Meta shows
            what it received. Open{' '}
            <strong>
              Meta Events Manager → Data sources → dataset {connection.datasetId} → Test events
            </strong>
            , enter the same test event code, and the events appear there right after each send.
          </p>
          <a
            href={`https://business.facebook.com/events_manager2/list/dataset/${encodeURIComponent(connection.datasetId)}/test_events`}
            target="_blank"
            rel="noreferrer"
          >
            Open Events Manager (Test events of dataset {connection.datasetId})
          </a>
        </div>
      ) : null}
      {isSandbox ? (
        <>
          <p
            className={`test-events-status ${watch.status}`}
            role="status"
            data-testid="test-events-status"
          >
            {statusWords[watch.status]}
            {watch.message ? `: ${watch.message}` : ''} · {watch.events.length} event
            {watch.events.length === 1 ? '' : 's'}
            {code ? ` for ${code}` : ' (all test codes)'}
          </p>
          {watch.events.length === 0 && watch.status === 'live' ? (
            <p className="muted test-events-empty">
              Nothing received yet. Send a test event (a Workflow Step, the composer, or any program
              pointed at {connection.endpoint.kind === 'sandbox' ? connection.endpoint.url : ''}).
            </p>
          ) : null}
          <ol className="received-events">
            {watch.events.map((event, index) => (
              <ReceivedEventCard
                key={`${event.fbtraceId}-${index}-${watch.events.length}`}
                event={event}
              />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  )
}
