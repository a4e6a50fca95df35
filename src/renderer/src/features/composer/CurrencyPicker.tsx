import { useMemo, useState, type KeyboardEvent } from 'react'
import { findCurrency, searchCurrencies } from '../../../../shared/capi/model/currencies'
import type { ControlProps } from './Field'

/** A searchable ISO 4217 list: type a code or a name, arrows to move, Enter to pick. */
export function CurrencyPicker({
  control,
  value,
  onChange,
}: {
  control: ControlProps
  value: string | undefined
  onChange: (code: string) => void
}) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const matches = useMemo(() => searchCurrencies(value ?? '', 8), [value])
  const listId = `${control.id}-list`
  function pick(code: string) {
    onChange(code)
    setOpen(false)
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      setOpen(true)
      setActive((index) => Math.min(index + 1, matches.length - 1))
    } else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
    else if (event.key === 'Enter' && open && matches[active]) pick(matches[active].code)
    else if (event.key === 'Escape' && open) setOpen(false)
    else return
    event.preventDefault()
  }
  const known = value ? findCurrency(value) : undefined
  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        className="mono currency-input"
        autoComplete="off"
        spellCheck={false}
        placeholder="USD"
        value={value ?? ''}
        onChange={(event) => {
          onChange(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(false)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {known ? <span className="currency-name">{known.name}</span> : null}
      {open && matches.length > 0 ? (
        <ul id={listId} role="listbox" className="combobox-list">
          {matches.map((currency, index) => (
            <li
              key={currency.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'selected' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(currency.code)
              }}
            >
              <span className="mono">{currency.code}</span> {currency.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
