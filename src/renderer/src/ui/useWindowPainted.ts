import { useSyncExternalStore } from 'react'
import { afterNextPaint } from './afterNextPaint'

let painted = false
let scheduled = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!scheduled && !painted) {
    scheduled = true
    afterNextPaint(() => {
      painted = true
      for (const notify of listeners) notify()
    })
  }
  return () => listeners.delete(listener)
}

/**
 * False until the window has painted for the first time, then true for good. The side bar's view
 * and the panel's content render after that first paint: a cold start shows the editor (the
 * Welcome page, or the composer it opens) first, and a view shown again later never waits.
 */
export function useWindowPainted(): boolean {
  return useSyncExternalStore(subscribe, () => painted)
}
