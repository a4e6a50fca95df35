import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { applyChangedSettings, loadSettings } from './settingsActions'

/**
 * Loads settings.json (and where the page runs) once the workbench starts, then follows the file:
 * main pushes `settings.changed` when it is edited by hand, and the change applies at once.
 */
export function useSettingsLoader(): void {
  const api = useApi()
  useEffect(() => {
    void loadSettings(useWorkbenchStore, api)
    void api['app.info']().then((result) => {
      if (result.ok) useWorkbenchStore.getState().setShell(result.value.shell)
    })
    return api.on('settings.changed', (settings) =>
      applyChangedSettings(useWorkbenchStore, settings),
    )
  }, [api])
}
