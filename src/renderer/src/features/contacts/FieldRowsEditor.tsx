import type { FieldRow } from '../../../../shared/contacts/contactFields'
import { Button } from '../../ui/Button'

/**
 * Key / value rows of one namespace (`{{contact.*}}` or `{{workflow.*}}`): nested keys are written
 * with dots (`address.city`). Enter in a value adds a row below; every control is a real input or
 * button, so Tab reaches all of it.
 */
export function FieldRowsEditor({
  idBase,
  namespace,
  legend,
  rows,
  errors,
  onChange,
}: {
  idBase: string
  namespace: 'contact' | 'workflow'
  legend: string
  rows: FieldRow[]
  errors: Record<string, string>
  onChange: (rows: FieldRow[]) => void
}) {
  const update = (index: number, change: Partial<FieldRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)))
  const addRow = (at = rows.length) => {
    onChange([...rows.slice(0, at), { key: '', value: '' }, ...rows.slice(at)])
    requestAnimationFrame(() =>
      document.getElementById(`${idBase}-${namespace}-key-${at}`)?.focus(),
    )
  }
  return (
    <fieldset className="composer-section contact-fields" data-namespace={namespace}>
      <legend>{legend}</legend>
      {rows.length === 0 ? <p className="section-note">None yet.</p> : null}
      <div className="contact-rows" role="list">
        {rows.map((row, index) => {
          const error = errors[`${namespace}.${index}`]
          const errorId = `${idBase}-${namespace}-error-${index}`
          return (
            <div className="contact-row" role="listitem" key={index}>
              <span className="contact-prefix mono" aria-hidden="true">
                {namespace}.
              </span>
              <input
                id={`${idBase}-${namespace}-key-${index}`}
                className="mono"
                aria-label={`${legend}: key ${index + 1}`}
                placeholder="key, e.g. address.city"
                value={row.key}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => update(index, { key: event.target.value })}
              />
              <input
                id={`${idBase}-${namespace}-value-${index}`}
                data-field-key={`${namespace}.${row.key}`}
                aria-label={`${legend}: value of ${row.key || `row ${index + 1}`}`}
                placeholder="value"
                value={row.value}
                onChange={(event) => update(index, { value: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                    event.preventDefault()
                    addRow(index + 1)
                  }
                }}
              />
              <Button
                variant="icon"
                icon="close"
                aria-label={`Remove ${row.key || `row ${index + 1}`}`}
                title="Remove this field"
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              />
              {error ? (
                <p className="field-problem error contact-row-error" id={errorId} role="alert">
                  {error}
                </p>
              ) : null}
            </div>
          )
        })}
      </div>
      <Button variant="secondary" className="button-small" icon="add" onClick={() => addRow()}>
        Add {namespace === 'contact' ? 'field' : 'value'}
      </Button>
    </fieldset>
  )
}
