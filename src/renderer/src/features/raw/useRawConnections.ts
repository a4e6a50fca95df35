import { useCallback, useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'

/** Loads the connection list into the store: on mount, on `connections.changed`, and on `reload()`. */
export function useRawConnections(): () => Promise<void> {
  const api = useApi()
  const setConnections = useWorkbenchStore((state) => state.setConnections)
  const reload = useCallback(async () => {
    const result = await api['connections.list']()
    if (result.ok) setConnections(result.value.connections)
    else setConnections(useWorkbenchStore.getState().connections, result.error.message)
  }, [api, setConnections])
  useEffect(() => {
    void reload()
    return api.on('connections.changed', () => void reload())
  }, [api, reload])
  return reload
}
