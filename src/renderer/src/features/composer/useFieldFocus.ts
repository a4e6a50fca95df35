import { useEffect, type RefObject } from 'react'
import { useWorkbenchStore } from '../../state/store'

/**
 * Focuses the element when the Problems panel (or a refused send, or a new tab) asks for this
 * field. The focus moves at once, so keys typed right after land in the field; scrolling it into
 * view waits for the next frame: scrolling measures the layout, which in the frame is the one the
 * paint needs anyway, while here, inside React's commit, it forced an extra layout of the whole form
 * (about 100 ms when a new composer opens in a cold window).
 */
export function useFieldFocus(
  tabId: string,
  path: string,
  ref: RefObject<HTMLElement | null>,
): void {
  const request = useWorkbenchStore((state) => state.fieldFocus)
  useEffect(() => {
    if (!request || request.tabId !== tabId || request.path !== path) return
    const element = ref.current
    if (!element) return
    element.focus({ preventScroll: true })
    // Not cancelled when the request is cleared just below (that re-runs this effect).
    requestAnimationFrame(() => element.scrollIntoView?.({ block: 'center' }))
    useWorkbenchStore.setState({ fieldFocus: undefined })
  }, [request, tabId, path, ref])
}
