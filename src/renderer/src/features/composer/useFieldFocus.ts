import { useEffect, type RefObject } from 'react'
import { useWorkbenchStore } from '../../state/store'

/** Focuses the element when the Problems panel (or a refused send) asks for this field. */
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
    element.scrollIntoView?.({ block: 'center' })
    element.focus()
    useWorkbenchStore.setState({ fieldFocus: undefined })
  }, [request, tabId, path, ref])
}
