import { useMemo, useRef, type KeyboardEvent } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { EvidenceLabel } from '../../ui/EvidenceLabel'
import { EmptyState } from '../../ui/EmptyState'
import { useComposerBuild } from '../composer'
import { ContactFixButton } from '../contacts'
import { RawProblemsList, useRawProblemCount } from '../raw'
import { fieldLabel } from './fieldLabel'
import './problems.css'

const icons = { error: 'error', warning: 'warning', info: 'info' } as const

/** VS Code's Problems view for the open event: click or Enter focuses the field; arrows move. */
export function ProblemsPanel() {
  const rawTabId = useWorkbenchStore((state) =>
    state.activeTabId && state.rawTabs[state.activeTabId] ? state.activeTabId : undefined,
  )
  return rawTabId ? <RawProblemsList tabId={rawTabId} /> : <ComposerProblems />
}

function ComposerProblems() {
  const tabId = useWorkbenchStore((state) =>
    state.activeTabId && state.composerTabs[state.activeTabId] ? state.activeTabId : undefined,
  )
  const focusField = useWorkbenchStore((state) => state.focusField)
  const build = useComposerBuild(tabId)
  const listRef = useRef<HTMLUListElement>(null)
  const problems = useMemo(() => build?.problems ?? [], [build])
  if (!tabId) return <EmptyState icon="check" title="Open an event to see its problems." />
  if (problems.length === 0)
    return <EmptyState icon="check" title="No problems have been detected in the open event." />
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)]
    next?.focus()
    event.preventDefault()
  }
  return (
    <ul className="problems-list" aria-label="Problems" ref={listRef} onKeyDown={onKeyDown}>
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${problem.code}-${index}`}>
          <button
            type="button"
            className={`problem-item ${problem.severity}`}
            onClick={() => tabId && focusField(tabId, problem.path)}
          >
            <Codicon name={icons[problem.severity]} label={problem.severity} />
            <span className="problem-text">
              <span className="problem-message">{problem.message}</span>
              {problem.fix ? <span className="problem-fix">{problem.fix}</span> : null}
              <EvidenceLabel evidence={problem.evidence} />
            </span>
            <span className="problem-source">
              {fieldLabel(problem.path)} <span className="mono">{problem.code}</span>
            </span>
          </button>
          {problem.variable ? <ContactFixButton tabId={tabId} variable={problem.variable} /> : null}
        </li>
      ))}
    </ul>
  )
}

/** The panel tab's title with a count, like VS Code's "PROBLEMS 3". */
export function useProblemCount(): number {
  const tabId = useWorkbenchStore((state) =>
    state.activeTabId && state.composerTabs[state.activeTabId] ? state.activeTabId : undefined,
  )
  const rawTabId = useWorkbenchStore((state) =>
    state.activeTabId && state.rawTabs[state.activeTabId] ? state.activeTabId : undefined,
  )
  const rawCount = useRawProblemCount(rawTabId)
  const composerCount = useComposerBuild(tabId)?.problems.length ?? 0
  return rawTabId ? rawCount : composerCount
}
