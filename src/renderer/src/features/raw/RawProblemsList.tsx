import { useMemo, useRef, type KeyboardEvent } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { EmptyState } from '../../ui/EmptyState'
import { rawProblems } from './rawProblems'

const icons = { error: 'error', warning: 'warning', info: 'info' } as const

/** The Problems panel for a raw request: each problem with its line and column; Enter reveals it. */
export function RawProblemsList({ tabId }: { tabId: string }) {
  const text = useWorkbenchStore((state) => state.rawTabs[tabId]?.text ?? '')
  const connection = useWorkbenchStore((state) =>
    state.connections.find((candidate) => candidate.id === state.rawTabs[tabId]?.connectionId),
  )
  const revealRaw = useWorkbenchStore((state) => state.revealRaw)
  const listRef = useRef<HTMLUListElement>(null)
  const problems = useMemo(() => rawProblems(text, connection), [text, connection])
  if (problems.length === 0)
    return <EmptyState icon="check" title="No problems have been detected in the raw request." />
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    buttons[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus()
    event.preventDefault()
  }
  return (
    <ul className="problems-list" aria-label="Problems" ref={listRef} onKeyDown={onKeyDown}>
      {problems.map((problem, index) => (
        <li key={`${problem.from}-${problem.code}-${index}`}>
          <button
            type="button"
            className={`problem-item ${problem.severity}`}
            onClick={() => revealRaw(tabId, problem.from, problem.to)}
          >
            <Codicon name={icons[problem.severity]} label={problem.severity} />
            <span className="problem-text">
              <span className="problem-message">{problem.message}</span>
              {problem.fix ? <span className="problem-fix">{problem.fix}</span> : null}
            </span>
            <span className="problem-source">
              Ln {problem.line}, Col {problem.column}{' '}
              <span className="mono">{problem.path || problem.code}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}

/** The count for the panel's title. */
export function useRawProblemCount(tabId: string | undefined): number {
  const text = useWorkbenchStore((state) => (tabId ? state.rawTabs[tabId]?.text : undefined))
  const connection = useWorkbenchStore((state) =>
    tabId
      ? state.connections.find((candidate) => candidate.id === state.rawTabs[tabId]?.connectionId)
      : undefined,
  )
  return useMemo(
    () => (text === undefined ? 0 : rawProblems(text, connection).length),
    [text, connection],
  )
}
