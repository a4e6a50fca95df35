import type { WorkbenchApi } from '../shared/contract/api'

declare global {
  interface Window {
    /** Present in Electron (the preload) and in the E2E harness; absent in browser mode. */
    api?: WorkbenchApi
  }
}

export {}
