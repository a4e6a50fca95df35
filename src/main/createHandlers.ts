import { appName, appVersion } from '../shared/appVersion'
import type { EventBus } from './eventBus'
import type { HandlerTable } from './ipc/handlerTable'

export interface ServiceDependencies {
  dataDirectory: string
  shell: 'electron' | 'browser' | 'test'
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Services push notifications (send progress, file changes) through it. */
  eventBus: EventBus
}

/**
 * The composition root for main-side services: builds each service from its dependencies and
 * returns the handler table every transport serves. Electron, browser mode, the CLI and the E2E
 * harness all call this; none of them builds a service on its own.
 */
export function createHandlers(deps: ServiceDependencies): HandlerTable {
  return {
    'app.info': () => ({
      name: appName,
      version: appVersion,
      platform: process.platform,
      dataDirectory: deps.dataDirectory,
      shell: deps.shell,
    }),
  }
}
