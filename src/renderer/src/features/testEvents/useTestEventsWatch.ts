import { useEffect, useState } from 'react'
import type { ReceivedTestEvent } from '../../../../shared/contract/testEventsChannels'
import { useApi } from '../../api/ApiContext'

export interface WatchState {
  status: 'idle' | 'connecting' | 'catching-up' | 'live' | 'ended' | 'failed'
  message?: string
  /** Newest first. */
  events: ReceivedTestEvent[]
}

let watchCounter = 0

/**
 * A live watch of a sandbox connection's Test events through main (`testEvents.watch` and the
 * `testEvents.received` push). The sandbox replays its stored events first, so remounting (switching
 * tabs) rebuilds the same list.
 */
export function useTestEventsWatch(
  connectionId: string | undefined,
  testEventCode: string,
  enabled: boolean,
): WatchState {
  const api = useApi()
  const [state, setState] = useState<WatchState>({ status: 'idle', events: [] })
  useEffect(() => {
    if (!enabled || !connectionId) {
      setState({ status: 'idle', events: [] })
      return
    }
    const watchId = `watch-${Date.now().toString(36)}-${++watchCounter}`
    setState({ status: 'connecting', events: [] })
    const unsubscribe = api.on('testEvents.received', (payload) => {
      if (payload.watchId !== watchId) return
      setState((current) => ({
        status: payload.ended
          ? 'ended'
          : payload.caughtUp || current.status === 'live'
            ? 'live'
            : 'catching-up',
        ...(payload.ended ? { message: payload.ended } : {}),
        events: [...[...payload.events].reverse(), ...current.events],
      }))
    })
    const code = testEventCode.trim()
    void api['testEvents.watch']({
      watchId,
      connectionId,
      ...(code ? { testEventCode: code } : {}),
    }).then((result) => {
      if (!result.ok) setState({ status: 'failed', message: result.error.message, events: [] })
    })
    return () => {
      unsubscribe()
      void api['testEvents.unwatch']({ watchId })
    }
  }, [api, connectionId, testEventCode, enabled])
  return state
}
