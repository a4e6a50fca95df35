import type { WorkbenchState, WorkbenchStore } from './store'

/**
 * A notifier for one kind of action (a send): each new notice replaces the previous one, so they
 * never pile up over the panel, and a success hides by itself after 8 s.
 */
export function createAnnouncer() {
  let lastNotice: number | undefined
  return function announce(
    store: WorkbenchStore,
    notice: Parameters<WorkbenchState['notify']>[0],
  ): void {
    const state = store.getState()
    if (lastNotice !== undefined) state.dismiss(lastNotice)
    const id = state.notify(notice)
    lastNotice = id
    if (notice.level === 'success') setTimeout(() => store.getState().dismiss(id), 8000)
  }
}
