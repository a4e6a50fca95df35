import { join } from 'node:path'
import { appName, appVersion } from '../shared/appVersion'
import { createConnectionService } from './connections/createConnectionService'
import { createConnectionsHandlers } from './connections/connectionsHandlers'
import type { EventBus } from './eventBus'
import { GraphClient } from './graph/graphClient'
import { createHistoryHandlers } from './history/historyHandlers'
import { HistoryStore } from './history/historyStore'
import { createPresetServices } from './presets/presetServices'
import { createPresetsHandlers } from './presets/presetsHandlers'
import { createTransferHandlers } from './transfer/transferHandlers'
import type { HandlerTable } from './ipc/handlerTable'
import { nodeSha256 } from './hashing/nodeSha256'
import { createSendHandlers } from './send/sendHandlers'
import { SendService } from './send/sendService'
import type { SecretStore } from './secrets/secretStore'
import { createSettingsHandlers } from './settings/settingsHandlers'
import { SettingsStore } from './settings/settingsStore'

export interface ServiceDependencies {
  dataDirectory: string
  shell: 'electron' | 'browser' | 'test'
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Services push notifications (send progress, file changes) through it. */
  eventBus: EventBus
  /** The OS keychain (KeytarSecretStore); tests pass a throwaway one. */
  secretStore: SecretStore
  /** The system clipboard, where main has one (Electron); absent in browser mode. */
  writeClipboard?: (text: string) => void
}

/**
 * The composition root for main-side services: builds each service from its dependencies and
 * returns the handler table every transport serves. Electron, browser mode, the CLI and the E2E
 * harness all call this; none of them builds a service on its own.
 */
export function createHandlers(deps: ServiceDependencies): HandlerTable {
  const graphClient = new GraphClient({ env: deps.env })
  const connections = createConnectionService({ ...deps, graph: graphClient })
  const presets = createPresetServices({
    dataDirectory: deps.dataDirectory,
    now: deps.now,
    emitChanged: (event) => deps.eventBus.emit('presets.changed', event),
    notify: (message) => deps.eventBus.emit('app.notice', { level: 'warning', message }),
    watch: deps.shell !== 'test',
  })
  /** Every send is recorded here: the send handler calls `history.record({ ..., result })`. */
  const history = new HistoryStore({
    directory: join(deps.dataDirectory, 'history'),
    now: deps.now,
    onChanged: (change) => deps.eventBus.emit('history.changed', change),
  })
  /** settings.json: the send timeout and slow threshold apply to the next send, history.size now. */
  const settings = new SettingsStore({
    dataDirectory: deps.dataDirectory,
    onChanged: (values, userKeys) => {
      if (userKeys.includes('history.size'))
        void history.settings({ limit: values['history.size'] }).catch(() => {})
    },
  })
  void settings.get().catch(() => {})
  const send = new SendService({
    connections,
    graph: graphClient,
    history,
    now: deps.now,
    sha256: nodeSha256,
    eventBus: deps.eventBus,
    defaultTimeoutMs: () => settings.values()?.['send.timeoutMs'],
    slowThresholdMs: () => settings.values()?.['send.slowThresholdMs'],
  })
  return {
    ...createPresetsHandlers(presets),
    ...createHistoryHandlers(history),
    ...createTransferHandlers({ presets: presets.store, history, now: deps.now }),
    ...createConnectionsHandlers(connections),
    ...createSendHandlers(send),
    ...createSettingsHandlers(settings),
    'app.info': () => ({
      name: appName,
      version: appVersion,
      platform: process.platform,
      dataDirectory: deps.dataDirectory,
      shell: deps.shell,
    }),
    'app.copyText': ({ text }) => {
      if (!deps.writeClipboard) return { copied: false }
      deps.writeClipboard(text)
      return { copied: true }
    },
  }
}
