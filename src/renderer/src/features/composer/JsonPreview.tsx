import type { ReactNode } from 'react'
import type { PreviewAnnotations } from './previewAnnotations'

function indent(depth: number): string {
  return '  '.repeat(depth)
}

function renderString(value: string, path: string, notes: PreviewAnnotations): ReactNode {
  const text = JSON.stringify(value)
  const hashed = notes.hashes.get(value)
  if (hashed) {
    const variable = notes.variables.get(`hash:${value}`)
    const title = `${hashed.field}: SHA-256 of "${hashed.normalized}" (normalized from "${hashed.resolved ?? hashed.raw}"${variable ? `, resolved from ${variable}` : ''})`
    return (
      <span
        className={`json-string json-hash${variable ? ' json-variable' : ''}`}
        title={title}
        tabIndex={0}
        aria-label={title}
      >
        {text}
      </span>
    )
  }
  const variable = notes.variables.get(path)
  if (variable) {
    return (
      <span className="json-string json-variable" title={`Resolved from ${variable}`} tabIndex={0}>
        {text}
      </span>
    )
  }
  return <span className="json-string">{text}</span>
}

function renderValue(
  value: unknown,
  path: string,
  depth: number,
  notes: PreviewAnnotations,
): ReactNode {
  if (typeof value === 'string') return renderString(value, path, notes)
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>
  if (typeof value === 'boolean' || value === null)
    return <span className="json-keyword">{String(value)}</span>
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return (
      <>
        {'[\n'}
        {value.map((item, index) => (
          <span key={index}>
            {indent(depth + 1)}
            {renderValue(item, `${path}.${index}`, depth + 1, notes)}
            {index < value.length - 1 ? ',\n' : '\n'}
          </span>
        ))}
        {indent(depth)}]
      </>
    )
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    return (
      <>
        {'{\n'}
        {entries.map(([key, item], index) => (
          <span key={key}>
            {indent(depth + 1)}
            <span className="json-key">{JSON.stringify(key)}</span>:{' '}
            {renderValue(item, path ? `${path}.${key}` : key, depth + 1, notes)}
            {index < entries.length - 1 ? ',\n' : '\n'}
          </span>
        ))}
        {indent(depth)}
        {'}'}
      </>
    )
  }
  return null
}

/** Pretty-printed JSON, byte for byte what JSON.stringify(body, null, 2) gives, with marks. */
export function JsonPreview({ value, notes }: { value: unknown; notes: PreviewAnnotations }) {
  return <pre className="json-preview">{renderValue(value, '', 0, notes)}</pre>
}
