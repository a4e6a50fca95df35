import { useEffect } from 'react'
import { useWorkbenchStore } from '../state/store'

const lightQuery = '(prefers-color-scheme: light)'

/** Sets <html data-theme> to the chosen theme, or to the OS preference (followed live) for "system". */
export function useThemeAttribute(): void {
  const theme = useWorkbenchStore((state) => state.theme)
  useEffect(() => {
    const root = document.documentElement
    if (theme !== 'system') {
      root.setAttribute('data-theme', theme)
      return
    }
    if (typeof window.matchMedia !== 'function') {
      root.setAttribute('data-theme', 'dark')
      return
    }
    const media = window.matchMedia(lightQuery)
    const apply = () => root.setAttribute('data-theme', media.matches ? 'light' : 'dark')
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [theme])
}
