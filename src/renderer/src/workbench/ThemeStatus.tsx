import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'

const next = { system: 'dark', dark: 'light', light: 'system' } as const

export function ThemeStatus() {
  const theme = useWorkbenchStore((state) => state.theme)
  const setTheme = useWorkbenchStore((state) => state.setTheme)
  return (
    <button
      type="button"
      className="status-item status-button"
      title={`Color theme: ${theme}. Click to switch (Ctrl+K Ctrl+T).`}
      onClick={() => setTheme(next[theme])}
    >
      <Codicon
        name={theme === 'light' ? 'color-mode' : theme === 'dark' ? 'color-mode' : 'device-desktop'}
      />{' '}
      {theme === 'system' ? 'Theme: System' : theme === 'dark' ? 'Theme: Dark' : 'Theme: Light'}
    </button>
  )
}
