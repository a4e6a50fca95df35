import { useApi } from '../api/ApiContext'
import { chooseTheme, nextTheme } from '../features/settings'
import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'

export function ThemeStatus() {
  const theme = useWorkbenchStore((state) => state.theme)
  const api = useApi()
  return (
    <button
      type="button"
      className="status-item status-button"
      title={`Color theme: ${theme} (settings.json: workbench.theme). Click to switch (Ctrl+K Ctrl+T).`}
      onClick={() => void chooseTheme(useWorkbenchStore, api, nextTheme(theme))}
    >
      <Codicon
        name={theme === 'light' ? 'color-mode' : theme === 'dark' ? 'color-mode' : 'device-desktop'}
      />{' '}
      {theme === 'system' ? 'Theme: System' : theme === 'dark' ? 'Theme: Dark' : 'Theme: Light'}
    </button>
  )
}
