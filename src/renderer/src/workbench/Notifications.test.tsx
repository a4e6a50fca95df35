import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useWorkbenchStore } from '../state/store'
import { Notifications } from './Notifications'

describe('notifications', () => {
  afterEach(() => vi.useRealTimers())

  it('hide by themselves, a success sooner than an error', () => {
    vi.useFakeTimers()
    render(<Notifications />)
    act(() => {
      useWorkbenchStore
        .getState()
        .notify({ level: 'success', message: 'Conversions API test event sent' })
      useWorkbenchStore.getState().notify({ level: 'error', message: 'Connection dropped' })
    })
    act(() => vi.advanceTimersByTime(5_000))
    const afterFive = screen
      .queryAllByText(/Conversions API test event sent|Connection dropped/)
      .map((node) => node.textContent)
    act(() => vi.advanceTimersByTime(7_000))
    expect({ afterFive, afterTwelve: useWorkbenchStore.getState().notifications.length }).toEqual({
      afterFive: ['Connection dropped'],
      afterTwelve: 0,
    })
  })
})
