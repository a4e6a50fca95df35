import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { loadSettings } from './settingsActions'

/** Loads settings.json (and where the page runs) once the workbench starts. */
export function useSettingsLoader(): void {
  const api = useApi()
  useEffect(() => {
    void loadSettings(useWorkbenchStore, api)
    void api['app.info']().then((result) => {
      if (result.ok) useWorkbenchStore.getState().setShell(result.value.shell)
    })
  }, [api])
}
