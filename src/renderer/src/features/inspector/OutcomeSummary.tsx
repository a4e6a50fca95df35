import { Codicon } from '../../ui/Codicon'
import { EvidenceLabel } from '../../ui/EvidenceLabel'
import { CopyButton } from './CopyButton'
import type { InspectedExchange } from './inspectedExchange'

const outcomes = {
  accepted: { label: 'Accepted', icon: 'pass-filled', className: 'accepted' },
  meta_error: { label: 'Meta error', icon: 'error', className: 'meta-error' },
  network_error: { label: 'Network error', icon: 'debug-disconnect', className: 'network-error' },
  partial: { label: 'Not all events accepted', icon: 'warning', className: 'partial' },
} as const

/** Spec §7: a 200 with 0 received and one with some received are different failures. */
interface OutcomeLook {
  label: string
  icon: string
  className: string
}

function outcomeOf(exchange: InspectedExchange): OutcomeLook {
  const look: OutcomeLook = outcomes[exchange.outcome]
  if (exchange.outcome !== 'partial' || exchange.eventsReceived === undefined) return look
  return exchange.eventsReceived === 0
    ? { ...look, label: 'No events counted', icon: 'error' }
    : { ...look, label: 'Only some events counted' }
}

/** Outcome at a glance, then the catalog's explanation and fix when Meta (or the network) said no. */
export function OutcomeSummary({ exchange }: { exchange: InspectedExchange }) {
  const outcome = outcomeOf(exchange)
  const { explanation } = exchange
  return (
    <div className="outcome">
      <div className="outcome-line">
        <span className={`outcome-badge ${outcome.className}`} data-testid="outcome">
          <Codicon name={outcome.icon} /> {outcome.label}
        </span>
        {exchange.status !== undefined ? (
          <span className="mono">HTTP {exchange.status}</span>
        ) : null}
        {exchange.eventsReceived !== undefined ? (
          <span>
            events_received: <strong>{exchange.eventsReceived}</strong>
            {exchange.eventsSent !== undefined ? ` of ${exchange.eventsSent}` : ''}
          </span>
        ) : null}
        {exchange.fbtraceId ? (
          <span className="fbtrace">
            fbtrace_id <code>{exchange.fbtraceId}</code>
            <CopyButton text={exchange.fbtraceId} label="Copy fbtrace_id" />
          </span>
        ) : null}
        <span className="outcome-title">{exchange.title}</span>
      </div>
      {explanation ? (
        <div className={`explanation ${outcome.className}`} data-testid="explanation">
          <p className="explanation-title">
            <strong>{explanation.title}</strong>
            {explanation.code !== undefined ? (
              <span className="mono">
                {' '}
                code {explanation.code}
                {explanation.subcode !== undefined ? ` / ${explanation.subcode}` : ''}
              </span>
            ) : null}
            {explanation.rule ? (
              <span className="mono"> · sandbox rule {explanation.rule}</span>
            ) : null}
            <EvidenceLabel evidence={explanation.evidence} />
          </p>
          <p>{explanation.explanation}</p>
          <p>
            <strong>Fix: </strong>
            {explanation.fix}
          </p>
          {explanation.retryAdvice ? (
            <p className="retry-advice">{explanation.retryAdvice}</p>
          ) : null}
          {explanation.metaMessage ? (
            <p className="meta-words">
              Meta’s words: “{explanation.metaTitle ? `${explanation.metaTitle}: ` : ''}
              {explanation.metaMessage}”
            </p>
          ) : null}
        </div>
      ) : null}
      {exchange.networkError && !explanation ? (
        <p className="explanation network-error">{exchange.networkError.message}</p>
      ) : null}
    </div>
  )
}
