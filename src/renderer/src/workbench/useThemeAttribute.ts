import { useEffect } from 'react'
import { useWorkbenchStore } from '../state/store'

/** Mirrors the theme preference onto <html data-theme>; "system" removes it so the OS decides. */
export function useThemeAttribute(): void {
  const theme = useWorkbenchStore((state) => state.theme)
  useEffect(() => {
    if (theme === 'system') document.documentElement.removeAttribute('data-theme')
    else document.documentElement.setAttribute('data-theme', theme)
  }, [theme])
}
