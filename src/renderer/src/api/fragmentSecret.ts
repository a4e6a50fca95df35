/** Where the page keeps the browser-mode secret for this tab (gone when the tab closes). */
export const secretStorageKey = 'capi-workbench.secret'

export type SecretProvider = () => string | undefined

type PageFacts = {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'replaceState' | 'state'>
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>
}

/**
 * Reads `#secret=…` from the address once, keeps it in sessionStorage and removes it from the
 * visible URL (history.replaceState), so it is not bookmarked, shared in a screenshot or left in
 * the address bar. A reload in the same tab finds it in sessionStorage.
 */
export function fragmentSecretProvider(page: PageFacts): SecretProvider {
  let remembered: string | undefined
  const match = /(?:^#|&)secret=([0-9A-Za-z_-]+)/.exec(page.location.hash)
  if (match) {
    remembered = match[1]
    try {
      page.sessionStorage.setItem(secretStorageKey, remembered!)
    } catch {
      // storage disabled: keep it in memory for this page only
    }
    page.history.replaceState(page.history.state, '', page.location.pathname + page.location.search)
  }
  return () => {
    if (remembered) return remembered
    try {
      return page.sessionStorage.getItem(secretStorageKey) ?? undefined
    } catch {
      return undefined
    }
  }
}
