import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { PickItem } from '../state/inputSlice'
import { useWorkbenchStore } from '../state/store'

function matching(items: readonly PickItem[], query: string): PickItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return items.filter((item) => {
    const text = `${item.label} ${item.detail ?? ''}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
}

/**
 * The quick-input box for `askText` and `askPick`: Enter accepts (a pick: the highlighted item),
 * arrows move through the items, Esc cancels, focus goes back where it was.
 */
export function InputBox() {
  const request = useWorkbenchStore((state) => state.inputRequest)
  const setInputRequest = useWorkbenchStore((state) => state.setInputRequest)
  const [value, setValue] = useState('')
  const [highlighted, setHighlighted] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const returnFocus = useRef<Element | null>(null)
  useEffect(() => {
    if (!request) return
    returnFocus.current = document.activeElement
    setValue(request.value)
    setHighlighted(0)
    requestAnimationFrame(() => {
      inputRef.current?.focus()
      inputRef.current?.select()
    })
  }, [request])
  if (!request) return null
  const items = request.items ? matching(request.items, value) : undefined
  const problem = items
    ? items.length === 0
      ? 'Nothing matches.'
      : undefined
    : request.validate?.(value)
  function finish(result: string | undefined) {
    if (!request) return
    setInputRequest(undefined)
    request.resolve(result)
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus()
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') finish(undefined)
    else if (event.key === 'Enter' && items) {
      const item = items[Math.min(highlighted, items.length - 1)]
      if (item) finish(item.value)
    } else if (event.key === 'Enter' && !problem) finish(value)
    else if (items && event.key === 'ArrowDown')
      setHighlighted((index) => Math.min(index + 1, items.length - 1))
    else if (items && event.key === 'ArrowUp') setHighlighted((index) => Math.max(index - 1, 0))
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
          {...(items
            ? {
                role: 'combobox',
                'aria-expanded': true,
                'aria-controls': 'input-box-list',
                'aria-activedescendant': items[highlighted]
                  ? `input-box-item-${highlighted}`
                  : undefined,
              }
            : {})}
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            setHighlighted(0)
          }}
          onKeyDown={onKeyDown}
        />
        {items ? (
          <ul
            id="input-box-list"
            className="palette-list"
            role="listbox"
            aria-label={request.title}
          >
            {items.map((item, index) => (
              <li
                key={item.value}
                id={`input-box-item-${index}`}
                role="option"
                aria-selected={index === highlighted}
                className={`palette-item${index === highlighted ? ' selected' : ''}`}
                onMouseEnter={() => setHighlighted(index)}
                onClick={() => finish(item.value)}
              >
                <span>
                  {item.label}
                  {item.detail ? <span className="palette-category"> · {item.detail}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p id="input-box-message" className={`input-box-message${problem ? ' invalid' : ''}`}>
          {problem ?? `${request.prompt} (Enter to confirm, Esc to cancel)`}
        </p>
      </div>
    </div>
  )
}
