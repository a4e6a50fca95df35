import type { WorkbenchApi } from '../../shared/contract/api'
import { fragmentSecretProvider } from './api/fragmentSecret'
import { createHttpApi } from './api/httpApi'

/**
 * The renderer's only door to main. In Electron (and the E2E harness) the preload provides
 * `window.api`; in browser mode an HTTP transport with the same shape is used.
 */
function pickApi(): WorkbenchApi {
  if (typeof window !== 'undefined' && window.api) return window.api
  if (typeof window !== 'undefined' && window.location.protocol === 'http:') {
    // Browser mode (`npm run web`): same contract over HTTP, guarded by the per-launch secret.
    return createHttpApi(
      window.location.origin,
      fragmentSecretProvider({
        location: window.location,
        history: window.history,
        sessionStorage: window.sessionStorage,
        onHashChange: (listener) => window.addEventListener('hashchange', listener),
        reload: () => window.location.reload(),
      }),
    )
  }
  return unavailableApi()
}

/** Until a transport exists every call answers with a clear error instead of throwing. */
function unavailableApi(): WorkbenchApi {
  return new Proxy({} as WorkbenchApi, {
    get(_target, property) {
      if (property === 'on') return () => () => {}
      return async () => ({
        ok: false,
        error: {
          code: 'no_transport',
          message: 'The Workbench is not connected to its main process.',
        },
      })
    },
  })
}

export const api: WorkbenchApi = pickApi()
