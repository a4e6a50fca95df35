import type { WorkbenchApi } from '../../../shared/contract/api'
import { fragmentSecretProvider } from './fragmentSecret'
import { createHttpApi } from './httpApi'

/**
 * Picks the renderer's one door to main, once, at start-up (main.tsx hands it to ApiProvider).
 * In Electron (and the E2E harness, which loads the built preload) the preload provides
 * `window.api`; in browser mode an HTTP transport with the same shape is used.
 */
export function pickApi(host: Window): WorkbenchApi {
  if (host.api) return host.api
  if (host.location.protocol === 'http:') {
    // Browser mode (`npm run web`): same contract over HTTP, guarded by the per-launch secret.
    return createHttpApi(
      host.location.origin,
      fragmentSecretProvider({
        location: host.location,
        history: host.history,
        sessionStorage: host.sessionStorage,
        onHashChange: (listener) => host.addEventListener('hashchange', listener),
        reload: () => host.location.reload(),
      }),
    )
  }
  return unavailableApi()
}

/** Until a transport exists every call answers with a clear error instead of throwing. */
export function unavailableApi(): WorkbenchApi {
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
