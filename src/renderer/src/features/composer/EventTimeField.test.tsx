import { act, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EventTimeField } from './EventTimeField'

function control() {
  return {
    id: 'event-time',
    ref: createRef<HTMLInputElement & HTMLSelectElement>(),
    'aria-invalid': false,
    'aria-describedby': undefined,
    'data-field-path': 'eventTime',
  }
}

/** The local date and time of a moment, as the hint writes it. */
function local(ms: number): string {
  const date = new Date(ms)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

describe('the event time field', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('names the oldest accepted time in local time, and keeps it current while the form stays open', () => {
    vi.useFakeTimers()
    const start = new Date(2026, 11, 2, 9, 30, 0).getTime()
    vi.setSystemTime(start)
    const week = 7 * 24 * 60 * 60 * 1000
    render(<EventTimeField control={control()} value={{ mode: 'now' }} onChange={() => {}} />)
    expect(screen.getByText(/older than 7 days/).textContent).toContain(
      `(before ${local(start - week)}, local time)`,
    )
    // A day later, with nothing typed: the hint follows the clock.
    act(() => {
      vi.setSystemTime(start + 24 * 60 * 60 * 1000)
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByText(/older than 7 days/).textContent).toContain(
      `(before ${local(start + 24 * 60 * 60 * 1000 + 60_000 - week)}, local time)`,
    )
  })
})
