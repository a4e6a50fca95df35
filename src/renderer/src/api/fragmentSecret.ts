/** Where the page keeps the browser-mode secret for this tab (gone when the tab closes). */
export const secretStorageKey = 'capi-workbench.secret'

export type SecretProvider = () => string | undefined

type PageFacts = {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'replaceState' | 'state'>
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>
  /** Subscribes to `hashchange` (a real window); optional for tests. */
  onHashChange?: (listener: () => void) => void
  reload?: () => void
}

/**
 * Reads `#secret=…` from the address once, keeps it in sessionStorage and removes it from the
 * visible URL (history.replaceState), so it is not bookmarked, shared in a screenshot or left in
 * the address bar. A reload in the same tab finds it in sessionStorage.
 */
export function fragmentSecretProvider(page: PageFacts): SecretProvider {
  let remembered: string | undefined
  const adopt = (): boolean => {
    const match = /(?:^#|&)secret=([0-9A-Za-z_-]+)/.exec(page.location.hash)
    if (!match) return false
    remembered = match[1]
    try {
      page.sessionStorage.setItem(secretStorageKey, remembered!)
    } catch {
      // storage disabled: keep it in memory for this page only
    }
    page.history.replaceState(page.history.state, '', page.location.pathname + page.location.search)
    return true
  }
  adopt()
  // The new link pasted into this tab after a restart only changes the fragment, which does not
  // load the page again: take the new secret and start afresh with it.
  page.onHashChange?.(() => {
    if (adopt()) page.reload?.()
  })
  return () => {
    if (remembered) return remembered
    try {
      return page.sessionStorage.getItem(secretStorageKey) ?? undefined
    } catch {
      return undefined
    }
  }
}
