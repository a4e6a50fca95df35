import { useMemo, useRef, type KeyboardEvent } from 'react'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { useTabMemory } from '../../state/useTabMemory'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { compareHashes } from './compareHashes'
import type { CompareSide } from './compareSide'
import { DiffTable } from './DiffTable'
import { diffRows, summaryLine, type JsonDiff } from './diffRows'
import { compareSidesKey, type CompareSides } from './openCompareTab'
import './compare.css'

function Section(props: {
  title: string
  diff: JsonDiff
  left: CompareSide
  right: CompareSide
  empty: { left: boolean; right: boolean; words: string }
  showUnchanged: boolean
}) {
  const { diff, left, right, empty } = props
  const errors = [
    diff.leftError ? `Left is not JSON: ${diff.leftError}` : undefined,
    diff.rightError ? `Right is not JSON: ${diff.rightError}` : undefined,
  ].filter(Boolean)
  const absent = [
    empty.left ? `Left: ${empty.words}.` : undefined,
    empty.right ? `Right: ${empty.words}.` : undefined,
  ].filter(Boolean)
  return (
    <section className="compare-section" aria-label={props.title}>
      <h2>
        {props.title}
        <span className="compare-section-summary">{summaryLine(diff.differences)}</span>
      </h2>
      {[...errors, ...absent].map((message) => (
        <p key={message} className="compare-note">
          {message}
        </p>
      ))}
      <DiffTable
        caption={`${props.title}: ${left.label} (left) and ${right.label} (right)`}
        rows={diff.rows}
        leftLabel={left.label}
        rightLabel={right.label}
        showUnchanged={props.showUnchanged}
      />
    </section>
  )
}

/**
 * The Compare editor (tab kind `compare`, loaded on demand): the request bodies and the answers of
 * two sends side by side, differences highlighted, unchanged fields folded, hashes shown with their
 * normalized value where this Workbench knows it. Alt+Down / Alt+Up move between differences.
 */
export function CompareEditor({ tab }: { tab: EditorTab }) {
  const sides = useWorkbenchStore((state) => state.tabMemory[tab.id]?.[compareSidesKey]) as
    CompareSides | undefined
  const [showUnchanged, setShowUnchanged] = useTabMemory(tab.id, 'showUnchanged', false)
  const contacts = useWorkbenchStore((state) => state.contacts)
  const rootRef = useRef<HTMLDivElement>(null)
  const model = useMemo(() => {
    if (!sides) return undefined
    const lookup = compareHashes([sides.left, sides.right], contacts)
    return {
      body: diffRows(sides.left.body, sides.right.body, lookup),
      answer: diffRows(sides.left.answer, sides.right.answer, lookup),
    }
  }, [sides, contacts])
  if (!sides || !model) {
    return <EmptyState icon="diff" title="This comparison is no longer open." />
  }
  const all = [
    ...model.body.differences,
    ...model.answer.differences.map((item) => ({
      ...item,
      path: item.path ? `answer.${item.path}` : 'answer',
    })),
  ]
  const move = (step: 1 | -1) => {
    const rows = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-difference]') ?? [])]
    if (rows.length === 0) return
    const at = rows.indexOf(document.activeElement as HTMLElement)
    const next =
      rows[at < 0 ? (step > 0 ? 0 : rows.length - 1) : (at + step + rows.length) % rows.length]
    next?.focus()
    next?.scrollIntoView({ block: 'nearest' })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
    event.preventDefault()
    move(event.key === 'ArrowDown' ? 1 : -1)
  }
  return (
    <div
      className="compare-editor"
      data-testid="compare-editor"
      ref={rootRef}
      onKeyDown={onKeyDown}
    >
      <header className="compare-header">
        <h1>Compare</h1>
        <p className="compare-summary" role="status" data-testid="compare-summary">
          {summaryLine(all)}
        </p>
        <div className="compare-toolbar">
          <Button variant="secondary" icon="arrow-down" onClick={() => move(1)} title="Alt+Down">
            Next difference
          </Button>
          <Button variant="secondary" icon="arrow-up" onClick={() => move(-1)} title="Alt+Up">
            Previous difference
          </Button>
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />
            Show unchanged fields
          </label>
        </div>
        <dl className="compare-sides">
          <dt>Left</dt>
          <dd>{sides.left.label}</dd>
          <dt>Right</dt>
          <dd>{sides.right.label}</dd>
        </dl>
      </header>
      <Section
        title="Request body"
        diff={model.body}
        left={sides.left}
        right={sides.right}
        empty={{ left: !sides.left.body, right: !sides.right.body, words: 'no body' }}
        showUnchanged={showUnchanged}
      />
      <Section
        title="Answer"
        diff={model.answer}
        left={sides.left}
        right={sides.right}
        empty={{
          left: !sides.left.answer,
          right: !sides.right.answer,
          words: 'not sent yet (send it to compare the answers)',
        }}
        showUnchanged={showUnchanged}
      />
    </div>
  )
}
