import { useState } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { EmptyState } from '../../ui/EmptyState'
import { CopyButton } from './CopyButton'
import { HeadersTable } from './HeadersTable'
import { JsonTree } from './JsonTree'
import { shownResponse } from './inspectorSlice'
import { OutcomeSummary } from './OutcomeSummary'
import { RequestSection } from './RequestSection'
import { SendingNotice } from './SendingNotice'
import { TimingBar } from './TimingBar'
import { TruncatedText } from './TruncatedText'
import './inspector.css'

/**
 * The Response panel: the active tab's own answer (each tab keeps its last one), a send in flight
 * with its elapsed time and Cancel, or a history entry opened from the History view.
 */
export function ResponsePanel() {
  const exchange = useWorkbenchStore(shownResponse)
  const send = useWorkbenchStore((state) =>
    state.responseOverride || !state.activeTabId
      ? undefined
      : state.composerTabs[state.activeTabId]?.send,
  )
  const [view, setView] = useState<'tree' | 'raw'>('tree')
  if (send?.status === 'sending') return <SendingNotice {...send} />
  if (!exchange && send?.status === 'failed')
    return (
      <EmptyState icon="error" title="The event was not sent.">
        <p>{send.message}</p>
      </EmptyState>
    )
  if (!exchange)
    return (
      <EmptyState
        icon="inspect"
        title="No answer for this tab yet. Send its event to see Meta's answer here."
      />
    )
  const raw = exchange.rawBody ?? (exchange.json !== undefined ? JSON.stringify(exchange.json) : '')
  const hasJson = exchange.json !== undefined
  return (
    <div className="inspector" data-testid="inspector">
      <OutcomeSummary exchange={exchange} />
      <TimingBar
        timing={exchange.timing}
        slow={exchange.slow}
        {...(exchange.slowThresholdMs !== undefined
          ? { slowThresholdMs: exchange.slowThresholdMs }
          : {})}
      />
      <div className="inspector-columns">
        <section className="inspector-section" aria-label="Response body">
          <header className="inspector-section-header">
            <h3>Response</h3>
            <div className="view-switch" role="radiogroup" aria-label="Body view">
              {(['tree', 'raw'] as const).map((option) => (
                <label key={option} className={`segment${view === option ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    checked={view === option}
                    onChange={() => setView(option)}
                    disabled={option === 'tree' && !hasJson}
                  />
                  {option === 'tree' ? 'Tree' : 'Raw'}
                </label>
              ))}
            </div>
            <CopyButton text={raw} label="Copy the response body" />
          </header>
          {raw === '' && !hasJson ? (
            <p className="muted">
              No response body{exchange.networkError ? ' (no answer arrived)' : ''}.
            </p>
          ) : view === 'tree' && hasJson ? (
            <JsonTree value={exchange.json} label="Response body" />
          ) : (
            <TruncatedText text={raw} label="Raw response body" />
          )}
          <details>
            <summary>Response headers ({Object.keys(exchange.headers).length})</summary>
            <HeadersTable headers={exchange.headers} />
          </details>
        </section>
        <RequestSection exchange={exchange} />
      </div>
    </div>
  )
}
