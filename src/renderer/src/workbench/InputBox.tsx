import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useWorkbenchStore } from '../state/store'

/** The quick-input box for `askText`: Enter accepts, Esc cancels, focus goes back where it was. */
export function InputBox() {
  const request = useWorkbenchStore((state) => state.inputRequest)
  const setInputRequest = useWorkbenchStore((state) => state.setInputRequest)
  const [value, setValue] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const returnFocus = useRef<Element | null>(null)
  useEffect(() => {
    if (!request) return
    returnFocus.current = document.activeElement
    setValue(request.value)
    requestAnimationFrame(() => {
      inputRef.current?.focus()
      inputRef.current?.select()
    })
  }, [request])
  if (!request) return null
  const problem = request.validate?.(value)
  function finish(result: string | undefined) {
    if (!request) return
    setInputRequest(undefined)
    request.resolve(result)
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus()
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') finish(undefined)
    else if (event.key === 'Enter' && !problem) finish(value)
    else return
    event.preventDefault()
    event.stopPropagation()
  }
  return (
    <div className="palette-backdrop" onMouseDown={() => finish(undefined)}>
      <div
        className="palette input-box"
        role="dialog"
        aria-label={request.title}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={inputRef}
          className="palette-input"
          aria-label={request.prompt}
          aria-invalid={problem !== undefined}
          aria-describedby="input-box-message"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id="input-box-message" className={`input-box-message${problem ? ' invalid' : ''}`}>
          {problem ?? `${request.prompt} (Enter to confirm, Esc to cancel)`}
        </p>
      </div>
    </div>
  )
}
