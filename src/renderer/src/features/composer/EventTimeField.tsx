import { useEffect, useState } from 'react'
import type { EventTime } from '../../../../shared/capi/model/eventDraft'
import type { ControlProps } from './Field'

const weekSeconds = 7 * 24 * 60 * 60

function toLocalInput(seconds: number): string {
  const date = new Date(seconds * 1000)
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 16)
}

function fromLocalInput(text: string): number | undefined {
  const time = new Date(text).getTime()
  return Number.isFinite(time) ? Math.floor(time / 1000) : undefined
}

let dateFormat: Intl.DateTimeFormat | undefined
let lastLabel: { minute: number; text: string } | undefined

/**
 * The label, filled in just after the composer first shows: the first Intl.DateTimeFormat of a
 * window loads the locale's date data (about 50 ms on a cold start), which should not hold up
 * the form.
 */
function useOldestAcceptedLabel(nowSeconds: number): string | undefined {
  const minute = Math.floor((nowSeconds - weekSeconds) / 60)
  const [label, setLabel] = useState(() =>
    lastLabel?.minute === minute ? lastLabel.text : undefined,
  )
  useEffect(() => {
    if (lastLabel?.minute === minute && label === lastLabel.text) return
    const timer = setTimeout(() => setLabel(oldestAcceptedLabel(minute * 60 + weekSeconds)), 0)
    return () => clearTimeout(timer)
  }, [minute, label])
  return label
}

/**
 * The oldest time Meta accepts, in the user's locale. The formatter is made once (making one is
 * the expensive part) and the text once a minute: this component renders on every keystroke.
 */
function oldestAcceptedLabel(nowSeconds: number): string {
  const minute = Math.floor((nowSeconds - weekSeconds) / 60)
  if (lastLabel?.minute === minute) return lastLabel.text
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  lastLabel = { minute, text: dateFormat.format(new Date(minute * 60_000)) }
  return lastLabel.text
}

/** "Now" (the moment of sending) or a chosen time, with Meta's 7-day limit shown. */
export function EventTimeField({
  control,
  value,
  onChange,
}: {
  control: ControlProps
  value: EventTime
  onChange: (value: EventTime) => void
}) {
  const nowSeconds = Math.floor(Date.now() / 1000)
  const oldest = useOldestAcceptedLabel(nowSeconds)
  return (
    <div className="event-time">
      <div className="segmented" role="radiogroup" aria-label="Event time">
        <label className={`segment${value.mode === 'now' ? ' selected' : ''}`}>
          <input
            type="radio"
            checked={value.mode === 'now'}
            onChange={() => onChange({ mode: 'now' })}
          />
          Now
        </label>
        <label className={`segment${value.mode === 'fixed' ? ' selected' : ''}`}>
          <input
            type="radio"
            checked={value.mode === 'fixed'}
            onChange={() => onChange({ mode: 'fixed', unixSeconds: nowSeconds - 3600 })}
          />
          Chosen time
        </label>
      </div>
      {value.mode === 'fixed' ? (
        <input
          {...control}
          type="datetime-local"
          min={toLocalInput(nowSeconds - weekSeconds)}
          max={toLocalInput(nowSeconds)}
          value={toLocalInput(value.unixSeconds)}
          onChange={(event) => {
            const seconds = fromLocalInput(event.target.value)
            if (seconds !== undefined) onChange({ mode: 'fixed', unixSeconds: seconds })
          }}
        />
      ) : null}
      <span className="field-hint">
        Meta refuses the whole request if an event is older than 7 days
        {oldest === undefined ? '' : ` (before ${oldest})`}.
      </span>
    </div>
  )
}
