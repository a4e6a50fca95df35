import { useEffect, useState } from 'react'

/**
 * False for the first render of a component, true from the render after the browser painted it.
 * The composer shows its form first and its payload preview a frame later, so a new tab (and the
 * first one of a cold start) is interactive before the preview's work is done.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // requestAnimationFrame runs just before the paint; a task queued from it runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}
