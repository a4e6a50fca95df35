import { useState } from 'react'
import { Codicon } from '../../ui/Codicon'
import { groupRows, type DiffCell, type DiffRow } from './diffRows'

const kindLabels: Record<DiffRow['kind'], { icon: string; label: string }> = {
  unchanged: { icon: 'blank', label: 'Unchanged' },
  changed: { icon: 'diff-modified', label: 'Changed' },
  added: { icon: 'diff-added', label: 'Only on the right' },
  removed: { icon: 'diff-removed', label: 'Only on the left' },
}

function shortHash(text: string): string {
  return `${text.slice(1, 9)}…${text.slice(-5, -1)}`
}

/** One value; a hash shows its normalized value where the Workbench knows it. */
function Value({ cell }: { cell: DiffCell | undefined }) {
  if (!cell) return <span className="compare-absent">—</span>
  if (!cell.hash) return <code className="compare-value">{cell.text}</code>
  return (
    <span className="compare-hash">
      <code className="compare-value" title={cell.text}>
        {shortHash(cell.text)}
      </code>
      {cell.hash.normalized !== undefined ? (
        <span className="compare-normalized" title="The normalized value this Workbench hashed">
          = {cell.hash.normalized}
        </span>
      ) : (
        <span className="compare-unknown">hashed elsewhere: value unknown here</span>
      )}
    </span>
  )
}

function Row({ row }: { row: DiffRow }) {
  const kind = kindLabels[row.kind]
  return (
    <tr
      className={`compare-row compare-${row.kind}`}
      {...(row.kind === 'unchanged' ? {} : { tabIndex: -1, 'data-difference': '' })}
    >
      <th scope="row" className="compare-path">
        <Codicon name={kind.icon} label={kind.label} className="compare-kind" />
        <code>{row.path || '(whole body)'}</code>
      </th>
      <td className="compare-left">
        <Value cell={row.left} />
      </td>
      <td className="compare-right">
        <Value cell={row.right} />
      </td>
    </tr>
  )
}

/**
 * The two columns of one comparison: differences always shown, each run of unchanged fields folded
 * behind a button (Enter or Space opens it) unless `showUnchanged`.
 */
export function DiffTable({
  caption,
  rows,
  leftLabel,
  rightLabel,
  showUnchanged,
}: {
  caption: string
  rows: readonly DiffRow[]
  leftLabel: string
  rightLabel: string
  showUnchanged: boolean
}) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set())
  const toggle = (index: number) => {
    const next = new Set(opened)
    if (next.has(index)) next.delete(index)
    else next.add(index)
    setOpened(next)
  }
  return (
    <table className="compare-table">
      <caption className="compare-caption">{caption}</caption>
      <colgroup>
        <col className="compare-path-column" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{leftLabel}</th>
          <th scope="col">{rightLabel}</th>
        </tr>
      </thead>
      {groupRows(rows).map((group, index) => {
        if (group.kind === 'rows' || showUnchanged || opened.has(index)) {
          return (
            <tbody key={index}>
              {group.kind === 'unchanged' && !showUnchanged ? (
                <FoldRow count={group.rows.length} open onToggle={() => toggle(index)} />
              ) : null}
              {group.rows.map((row, at) => (
                <Row key={`${row.path}:${at}`} row={row} />
              ))}
            </tbody>
          )
        }
        return (
          <tbody key={index}>
            <FoldRow
              count={group.rows.length}
              open={false}
              from={group.from}
              onToggle={() => toggle(index)}
            />
          </tbody>
        )
      })}
    </table>
  )
}

function FoldRow(props: { count: number; open: boolean; from?: string; onToggle: () => void }) {
  const noun = props.count === 1 ? 'unchanged field' : 'unchanged fields'
  return (
    <tr className="compare-fold">
      <td colSpan={3}>
        <button
          type="button"
          className="compare-fold-button"
          aria-expanded={props.open}
          onClick={props.onToggle}
        >
          <Codicon name={props.open ? 'chevron-down' : 'chevron-right'} />
          {props.open ? `Hide ${props.count} ${noun}` : `${props.count} ${noun}`}
          {!props.open && props.from ? (
            <span className="compare-fold-from"> from {props.from}</span>
          ) : null}
        </button>
      </td>
    </tr>
  )
}
