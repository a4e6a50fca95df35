import { useSyncExternalStore } from 'react'

let painted = false
let scheduled = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!scheduled && !painted) {
    scheduled = true
    // requestAnimationFrame runs just before the window's first paint; a task queued from it runs
    // after that paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true
        for (const notify of listeners) notify()
      }, 0),
    )
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
