import { useRef, type ReactNode } from 'react'
import { FieldProblems } from './FieldProblems'
import { useFieldFocus } from './useFieldFocus'
import { useFieldProblems } from './useFieldProblems'

export interface ControlProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  'data-field-path': string
  ref: React.RefObject<(HTMLInputElement & HTMLSelectElement) | null>
}

export function fieldId(tabId: string, path: string): string {
  return `field-${tabId}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-')
}

/** A labelled control with its problems under it; focusable from the Problems panel by path. */
export function Field({
  tabId,
  path,
  label,
  hint,
  children,
}: {
  tabId: string
  path: string
  label: ReactNode
  hint?: ReactNode
  children: (control: ControlProps) => ReactNode
}) {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null)
  useFieldFocus(tabId, path, ref)
  const problems = useFieldProblems(tabId, path)
  const id = fieldId(tabId, path)
  const hasError = problems.some((problem) => problem.severity === 'error')
  const severity = hasError
    ? ' has-error'
    : problems.length > 0
      ? ` has-${problems[0]?.severity}`
      : ''
  return (
    <div className={`field${severity}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({
        id,
        ref,
        'aria-invalid': hasError,
        'aria-describedby': problems.length > 0 ? `${id}-problems` : undefined,
        'data-field-path': path,
      })}
      {hint ? <div className="field-hint">{hint}</div> : null}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  )
}

/** The common case: a text input. */
export function TextField({
  tabId,
  path,
  label,
  hint,
  value,
  placeholder,
  onChange,
  mono,
}: {
  tabId: string
  path: string
  label: ReactNode
  hint?: ReactNode
  value: string | undefined
  placeholder?: string
  onChange: (value: string) => void
  mono?: boolean
}) {
  return (
    <Field tabId={tabId} path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          className={mono ? 'mono' : undefined}
          spellCheck={false}
          autoComplete="off"
          value={value ?? ''}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
