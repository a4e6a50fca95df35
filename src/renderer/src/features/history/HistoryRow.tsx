import type { HistorySummary } from '../../../../shared/contract/historyChannels'
import type { CommandContext } from '../../commands/command'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { compareWithActiveEditor } from '../compare'
import { inspectHistoryEntry, reopenHistoryEntry, resendHistoryEntry } from './historyActions'
import { timeLabel } from './timeLabel'

const outcomeIcons: Record<HistorySummary['outcome'], { icon: string; label: string }> = {
  accepted: { icon: 'pass-filled', label: 'Accepted' },
  meta_error: { icon: 'error', label: 'Meta error' },
  network_error: { icon: 'debug-disconnect', label: 'Network error' },
  partial: { icon: 'warning', label: 'Partly accepted' },
  unknown: { icon: 'question', label: 'Unknown result (Meta may have counted it)' },
}

/**
 * One send: a tick for Compare, outcome icon, event, when, where; Enter opens it in the inspector,
 * Ctrl/Cmd-click ticks it for Compare.
 */
export function HistoryRow({
  entry,
  selected,
  ticked,
  context,
}: {
  entry: HistorySummary
  selected: boolean
  ticked: boolean
  context: CommandContext
}) {
  const outcome = outcomeIcons[entry.outcome]
  const toggle = () => context.store.getState().toggleHistoryCompare(entry.id)
  return (
    <li
      className={`history-row history-${entry.outcome}${selected ? ' history-row-selected' : ''}${ticked ? ' history-row-ticked' : ''}`}
    >
      <input
        type="checkbox"
        className="history-tick"
        checked={ticked}
        onChange={toggle}
        aria-label={`Select for Compare: ${entry.eventNames.join(', ') || '(no event)'} at ${timeLabel(entry.time)}`}
        title="Select for Compare (or Ctrl/Cmd-click the send)"
      />
      <button
        type="button"
        className="history-open"
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey) toggle()
          else void inspectHistoryEntry(context, entry.id)
        }}
        aria-label={`${outcome.label}: ${entry.eventNames.join(', ')} at ${timeLabel(entry.time)} via ${entry.connectionName ?? entry.endpoint}`}
        title={`${entry.eventNames.join(', ') || '(no event)'}\n${timeLabel(entry.time)} · ${entry.connectionName ?? entry.endpoint}${entry.errorTitle ? `\n${entry.errorTitle}` : ''}`}
      >
        <Codicon name={outcome.icon} className="history-icon" />
        <span className="history-main">
          <span className="history-event">{entry.eventNames.join(', ') || '(no event)'}</span>
          <span className="history-meta">
            {timeLabel(entry.time)} · {entry.connectionName ?? entry.endpoint}
            {entry.testEventCode ? ` · ${entry.testEventCode}` : ''}
          </span>
          {entry.errorTitle ? <span className="history-error">{entry.errorTitle}</span> : null}
        </span>
        <span className="history-status">{entry.status ?? ''}</span>
      </button>
      <span className="history-actions">
        <Button
          variant="icon"
          icon="go-to-file"
          title="Reopen as draft"
          aria-label="Reopen as draft"
          onClick={() => void reopenHistoryEntry(context, entry.id)}
        />
        <Button
          variant="icon"
          icon="debug-restart"
          title="Re-send"
          aria-label="Re-send"
          onClick={() => void resendHistoryEntry(context, entry.id)}
        />
        <Button
          variant="icon"
          icon="diff"
          title="Compare with Active Editor (the draft or raw request in the active tab)"
          aria-label="Compare with Active Editor"
          onClick={() => void compareWithActiveEditor(context, entry.id)}
        />
      </span>
    </li>
  )
}
