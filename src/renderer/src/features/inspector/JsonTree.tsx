import { useState } from 'react'
import { Codicon } from '../../ui/Codicon'
import { CopyButton } from './CopyButton'

const childLimit = 100
const stringLimit = 400

function Scalar({ value }: { value: unknown }) {
  const [all, setAll] = useState(false)
  if (typeof value === 'string') {
    const long = value.length > stringLimit && !all
    return (
      <span className="json-string">
        {JSON.stringify(long ? value.slice(0, stringLimit) : value)}
        {long ? (
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            … show all {value.length.toLocaleString()} characters
          </button>
        ) : null}
      </span>
    )
  }
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>
  return <span className="json-keyword">{String(value)}</span>
}

/** One node of the tree: key, value or a collapsible object/array, with "copy value" on hover/focus. */
function Node({ name, value, depth }: { name: string | undefined; value: unknown; depth: number }) {
  const container = typeof value === 'object' && value !== null
  const [open, setOpen] = useState(depth < 3)
  const [all, setAll] = useState(false)
  const entries = container ? Object.entries(value as object) : []
  const shown = all ? entries : entries.slice(0, childLimit)
  const summary = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`
  const copyText = () => (typeof value === 'string' ? value : JSON.stringify(value, null, 2))
  return (
    <li role="treeitem" aria-expanded={container ? open : undefined} aria-selected={false}>
      <div className="tree-row">
        {container ? (
          <button
            type="button"
            className="tree-toggle"
            onClick={() => setOpen(!open)}
            aria-label={open ? 'Collapse' : 'Expand'}
          >
            <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
          </button>
        ) : (
          <span className="tree-spacer" />
        )}
        {name !== undefined ? <span className="json-key">{name}: </span> : null}
        {container ? <span className="tree-summary">{summary}</span> : <Scalar value={value} />}
        <span className="tree-copy">
          <CopyButton text={copyText} label={`Copy ${name ?? 'value'}`} />
        </span>
      </div>
      {container && open ? (
        <ul role="group">
          {shown.map(([key, child]) => (
            <Node key={key} name={key} value={child} depth={depth + 1} />
          ))}
          {entries.length > shown.length ? (
            <li>
              <button type="button" className="link-button tree-more" onClick={() => setAll(true)}>
                Show all {entries.length.toLocaleString()} items
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  )
}

/** A collapsible JSON tree; long strings and big arrays are cut with "show all". */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <ul className="json-tree" role="tree" aria-label={label}>
      <Node name={undefined} value={value} depth={0} />
    </ul>
  )
}
