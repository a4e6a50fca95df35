import { useEffect } from 'react'
import type { WorkbenchStore } from '../state/store'
import { isBrowserMode } from './runtimeMode'

/**
 * Browser mode: leaving or reloading the page with unsaved drafts asks first (`beforeunload`).
 * Drafts are also autosaved, so a confirmed leave still brings them back on the next visit.
 */
export function useUnsavedGuard(store: WorkbenchStore): void {
  useEffect(() => {
    if (!isBrowserMode()) return
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!store.getState().tabs.some((tab) => tab.dirty)) return
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [store])
}
