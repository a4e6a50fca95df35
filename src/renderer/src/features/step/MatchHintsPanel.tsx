import type { MatchHints } from '../../../../shared/step'
import { Codicon } from '../../ui/Codicon'

/** Which matching keys the event carries and which it lacks, ranked; a local hint, not EMQ. */
export function MatchHintsPanel({ hints }: { hints: MatchHints }) {
  return (
    <aside className="match-hints" aria-label="Match-quality hint" data-testid="match-hints">
      <div className="match-hints-title">
        <Codicon name="lightbulb" /> Matching keys: {hints.summary}
      </div>
      <ol className="match-hints-list">
        {[...hints.carried, ...hints.missing].map((entry) => {
          const carried = hints.carried.includes(entry)
          return (
            <li key={entry.key} className={carried ? 'carried' : 'missing'}>
              <Codicon name={carried ? 'pass' : 'circle-large-outline'} />
              <span>
                {entry.label} <code>{entry.key}</code>
              </span>
              <span className="muted">{carried ? 'sent' : 'missing'}</span>
            </li>
          )
        })}
      </ol>
      {hints.channelKeys.length > 0 ? (
        <p className="muted">Channel identifiers sent: {hints.channelKeys.join(', ')}.</p>
      ) : null}
      <ul className="match-hints-advice">
        {hints.advice.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="match-hints-label">{hints.label}</p>
    </aside>
  )
}
