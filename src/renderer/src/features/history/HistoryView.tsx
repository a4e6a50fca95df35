import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { SendOutcome } from '../../../../shared/contract/historyChannels'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { compareHistoryEntries } from '../compare'
import { HistoryRow } from './HistoryRow'
import { refreshHistory } from './historyActions'
import './history.css'

const outcomeLabels: Record<string, string> = {
  '': 'All outcomes',
  accepted: 'Accepted',
  meta_error: 'Meta error',
  network_error: 'Network error',
  partial: 'Partly accepted',
  unknown: 'Outcome unknown',
}

/** The History side bar view: every send, newest first, filterable; open, reopen or re-send. */
export function HistoryView() {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const { entries, total, loaded, error, filter, selected, ticked } = useWorkbenchStore(
    useShallow((state) => ({
      entries: state.historyEntries,
      total: state.historyTotal,
      loaded: state.historyLoaded,
      error: state.historyError,
      filter: state.historyFilter,
      selected: state.selectedHistoryId,
      ticked: state.historyCompareSelection,
    })),
  )
  useEffect(() => {
    const timer = setTimeout(() => void refreshHistory(context), filter.text ? 150 : 0)
    return () => clearTimeout(timer)
  }, [filter.text, filter.outcome])
  useEffect(
    () => api.on('history.changed', () => void refreshHistory({ store: useWorkbenchStore, api })),
    [],
  )
  return (
    <div className="history">
      <div className="history-filters">
        <input
          type="search"
          className="explorer-filter"
          placeholder="Event, event_id, fbtrace_id…"
          aria-label="Search history"
          value={filter.text}
          onChange={(event) =>
            useWorkbenchStore.getState().setHistoryFilter({ text: event.target.value })
          }
        />
        <select
          className="history-outcome"
          aria-label="Outcome"
          value={filter.outcome}
          onChange={(event) => {
            const parsed = SendOutcome.safeParse(event.target.value)
            useWorkbenchStore
              .getState()
              .setHistoryFilter({ outcome: parsed.success ? parsed.data : '' })
          }}
        >
          {Object.entries(outcomeLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {ticked.length > 0 ? (
        <div className="history-compare-bar" role="group" aria-label="Compare">
          <span>
            {ticked.length === 1 ? '1 send selected: select one more' : '2 sends selected'}
          </span>
          <Button
            variant="primary"
            icon="diff"
            disabled={ticked.length !== 2}
            onClick={() => {
              const [first, second] = ticked
              if (first && second) void compareHistoryEntries(context, first, second)
            }}
          >
            Compare Selected
          </Button>
          <Button
            variant="icon"
            icon="close"
            title="Clear the selection"
            aria-label="Clear the selection"
            onClick={() => useWorkbenchStore.getState().clearHistoryCompare()}
          />
        </div>
      ) : null}
      {error ? <p className="explorer-error">{error}</p> : null}
      {loaded && entries.length === 0 && !error ? (
        <EmptyState
          icon="history"
          title={filter.text || filter.outcome ? 'No send matches' : 'Nothing sent yet'}
        >
          <p>Every event you send is recorded here with Meta’s answer.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="history-list" aria-label="Sends">
            {entries.map((entry) => (
              <HistoryRow
                key={entry.id}
                entry={entry}
                selected={entry.id === selected}
                ticked={ticked.includes(entry.id)}
                context={context}
              />
            ))}
          </ul>
          {total > entries.length ? (
            <p className="history-more">
              {entries.length} of {total} shown
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}
