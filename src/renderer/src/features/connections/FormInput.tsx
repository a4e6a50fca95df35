import type { ReactNode } from 'react'

/** A labelled text input with its hint and the problem the shared schema found, if any. */
export function FormInput({
  id,
  label,
  value,
  onChange,
  problem,
  hint,
  mono,
  placeholder,
}: {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  problem?: string
  hint?: ReactNode
  mono?: boolean
  placeholder?: string
}) {
  return (
    <div className={`field${problem ? ' has-error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        className={mono ? 'mono' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? <div className="field-hint">{hint}</div> : null}
      {problem ? (
        <div id={`${id}-problem`} className="field-problem error">
          {problem}
        </div>
      ) : null}
    </div>
  )
}
