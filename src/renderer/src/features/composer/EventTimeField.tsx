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

/**
 * The oldest time Meta accepts, as local date and time in the form the picker uses (2026-11-25
 * 16:02). Written out by hand, not with Intl.DateTimeFormat: a window's first formatter loads the
 * locale's date data (50–90 ms on a cold start), right when the composer first shows.
 */
function oldestAcceptedLabel(nowSeconds: number): string {
  return toLocalInput(nowSeconds - weekSeconds).replace('T', ' ')
}

/**
 * The time in seconds, renewed every minute: the field renders only when the event's own values
 * change, so a composer left open overnight would otherwise show yesterday's limit.
 */
function useMinuteClock(): number {
  const [nowSeconds, setNowSeconds] = useState(() => Math.floor(Date.now() / 1000))
  useEffect(() => {
    const timer = setInterval(() => setNowSeconds(Math.floor(Date.now() / 1000)), 60_000)
    return () => clearInterval(timer)
  }, [])
  return nowSeconds
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
  const nowSeconds = useMinuteClock()
  const oldest = oldestAcceptedLabel(nowSeconds)
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
        Meta refuses the whole request if an event is older than 7 days (before {oldest}, local
        time).
      </span>
    </div>
  )
}
