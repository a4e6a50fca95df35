import { useEffect, type RefObject } from 'react'
import { useWorkbenchStore } from '../state/store'

/** The first class of a scrolled element names it within its tab (`composer-form`, ...). */
function scrollKey(element: Element): string | undefined {
  return element.classList[0]
}

/**
 * Remembers where each tab's scrolling parts were (in the tab's memory, so the session keeps it
 * across a reload) and puts them back when the tab is shown again.
 */
export function useScrollMemory(
  container: RefObject<HTMLElement | null>,
  tabId: string | undefined,
): void {
  useEffect(() => {
    const root = container.current
    if (!root || !tabId) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const positions: Record<string, number> = {
      ...((useWorkbenchStore.getState().tabMemory[tabId]?.scroll as Record<string, number>) ?? {}),
    }
    function onScroll(event: Event) {
      const target = event.target
      if (!(target instanceof Element) || !root?.contains(target)) return
      const key = scrollKey(target)
      if (!key) return
      positions[key] = Math.round(target.scrollTop)
      clearTimeout(timer)
      timer = setTimeout(
        () =>
          useWorkbenchStore.getState().setTabMemory(tabId as string, 'scroll', { ...positions }),
        150,
      )
    }
    root.addEventListener('scroll', onScroll, true)
    // Put the positions back once the editor has rendered its content (it may load first).
    let tries = 0
    const wanted = Object.entries(positions).filter(([, top]) => top > 0)
    const restore = () => {
      let pending = false
      for (const [key, top] of wanted) {
        const element =
          key === scrollKey(root) ? root : root.querySelector<HTMLElement>(`.${CSS.escape(key)}`)
        if (element && element.scrollHeight - element.clientHeight >= top) element.scrollTop = top
        else pending = true
      }
      if (pending && ++tries < 30) frame = requestAnimationFrame(restore)
    }
    let frame = wanted.length > 0 ? requestAnimationFrame(restore) : 0
    return () => {
      root.removeEventListener('scroll', onScroll, true)
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      if (Object.keys(positions).length > 0)
        useWorkbenchStore.getState().setTabMemory(tabId, 'scroll', { ...positions })
    }
  }, [container, tabId])
}
