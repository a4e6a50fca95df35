import { useEffect, type RefObject } from 'react'
import { useWorkbenchStore } from '../../state/store'

/**
 * Focuses the element when the Problems panel (or a refused send, or a new tab) asks for this
 * field. It happens at the next frame: scrolling the field into view measures the layout, and in the
 * frame that layout is the one the paint needs anyway; inside React's commit it was an extra, forced
 * layout of the whole form (about 100 ms when a new composer opens in a cold window).
 */
export function useFieldFocus(
  tabId: string,
  path: string,
  ref: RefObject<HTMLElement | null>,
): void {
  const request = useWorkbenchStore((state) => state.fieldFocus)
  useEffect(() => {
    if (!request || request.tabId !== tabId || request.path !== path) return
    const frame = requestAnimationFrame(() => {
      const element = ref.current
      if (!element) return
      element.scrollIntoView?.({ block: 'center' })
      element.focus()
      if (useWorkbenchStore.getState().fieldFocus === request)
        useWorkbenchStore.setState({ fieldFocus: undefined })
    })
    return () => cancelAnimationFrame(frame)
  }, [request, tabId, path, ref])
}
