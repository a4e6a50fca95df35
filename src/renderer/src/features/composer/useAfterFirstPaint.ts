import { useEffect, useState } from 'react'
import { afterNextPaint } from '../../ui/afterNextPaint'

/**
 * False for the first render of a component, true from the render after the browser painted it.
 * The composer shows its form first and its payload preview a frame later, so a new tab (and the
 * first one of a cold start) is interactive before the preview's work is done.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    return afterNextPaint(() => setPainted(true))
  }, [painted])
  return painted
}
