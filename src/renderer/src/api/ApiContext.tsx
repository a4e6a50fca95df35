import { createContext, useContext, type ReactNode } from 'react'
import type { WorkbenchApi } from '../../../shared/contract/api'

const ApiContext = createContext<WorkbenchApi | null>(null)

/** Hands the transport (preload bridge, browser-mode HTTP, a test fake) to every component below. */
export function ApiProvider({ api, children }: { api: WorkbenchApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

/** The renderer's door to main, as given by the nearest ApiProvider. */
export function useApi(): WorkbenchApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it.')
  return api
}
