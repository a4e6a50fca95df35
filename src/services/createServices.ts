import { join } from 'node:path'
import { appName, appVersion } from '../shared/appVersion'
import { builtInContacts } from '../shared/contacts/builtInContacts'
import { createContactsHandlers } from './contacts/contactsHandlers'
import { ContactStore } from './contacts/contactStore'
import { ContactWatcher } from './contacts/contactWatcher'
import type { ConnectionService } from './connections/connectionService'
import { createConnectionService } from './connections/createConnectionService'
import { createConnectionsHandlers } from './connections/connectionsHandlers'
import type { GraphLookups } from './connections/graphClientCheck'
import { EventBus } from './eventBus'
import type { TimeoutFigures } from './graph/classifyNetworkError'
import { GraphClient } from './graph/graphClient'
import { createHistoryHandlers } from './history/historyHandlers'
import { HistoryStore } from './history/historyStore'
import { nodeSha256 } from './hashing/nodeSha256'
import type { HandlerTable } from './ipc/handlerTable'
import { createPresetServices, type PresetServices } from './presets/presetServices'
import { createPresetsHandlers } from './presets/presetsHandlers'
import { KeytarSecretStore } from './secrets/keytarSecretStore'
import type { SecretStore } from './secrets/secretStore'
import { createSendHandlers } from './send/sendHandlers'
import { type EventsSender, SendService } from './send/sendService'
import { RecentHashes } from './testEvents/recentHashes'
import { createTestEventsHandlers } from './testEvents/testEventsHandlers'
import { TestEventsService } from './testEvents/testEventsService'
import { AssetLinkService } from './step/assetLinkService'
import { createAssetLinkHandlers } from './step/assetLinkHandlers'
import { createSettingsHandlers } from './settings/settingsHandlers'
import { SettingsStore } from './settings/settingsStore'
import { SettingsWatcher } from './settings/settingsWatcher'
import { createTransferHandlers } from './transfer/transferHandlers'

/** The Graph client as the services use it; tests may pass a fake. */
export type GraphPort = EventsSender & GraphLookups & { close?: () => Promise<void> }

export interface ServiceDependencies {
  dataDirectory: string
  /** Who composes: the desktop app, browser mode, the `capi` command line or a test. */
  shell: 'electron' | 'browser' | 'cli' | 'test'
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Services push notifications (send progress, file changes) through it; a private one if absent. */
  eventBus?: EventBus
  /** The OS keychain (KeytarSecretStore) unless given; tests pass a throwaway one. */
  secretStore?: SecretStore
  /** The system clipboard, where main has one (Electron); absent in browser mode. */
  writeClipboard?: (text: string) => void
  /** Graph client timeouts (the CLI's --timeout-ms); the documented defaults otherwise. */
  graphTimeouts?: Partial<TimeoutFigures>
  /** A Graph client to use instead of the real one (tests: a fake Graph API). */
  graph?: GraphPort
  /** Watch the preset and contact folders and settings.json for outside edits; by default only where a window shows them. */
  watchFiles?: boolean
}

/** Every service, wired once, and the handler table every transport serves. */
export interface Services {
  handlers: HandlerTable
  connections: ConnectionService
  presets: PresetServices
  contacts: ContactStore
  history: HistoryStore
  send: SendService
  settings: SettingsStore
  graph: GraphPort
  /** Stops the preset, contact and settings watchers and closes the Graph client's connections. */
  close(): Promise<void>
}

/**
 * The composition root: builds each service from its dependencies, once. Electron (src/main),
 * browser mode (capi ui), the CLI (src/cli/cliServices.ts) and the E2E harness all call this;
 * none of them builds a service on its own.
 */
export function createServices(deps: ServiceDependencies): Services {
  const eventBus = deps.eventBus ?? new EventBus()
  const graph: GraphPort =
    deps.graph ??
    new GraphClient({
      env: deps.env,
      ...(deps.graphTimeouts ? { timeouts: deps.graphTimeouts } : {}),
    })
  const connections = createConnectionService({
    dataDirectory: deps.dataDirectory,
    now: deps.now,
    secretStore: deps.secretStore ?? new KeytarSecretStore(),
    eventBus,
    graph,
  })
  // Only a window shows external edits live; the CLI and tests read the files when asked.
  const watchFiles = deps.watchFiles ?? (deps.shell === 'electron' || deps.shell === 'browser')
  const presets = createPresetServices({
    dataDirectory: deps.dataDirectory,
    now: deps.now,
    emitChanged: (event) => eventBus.emit('presets.changed', event),
    notify: (message) => eventBus.emit('app.notice', { level: 'warning', message }),
    watch: watchFiles,
  })
  /** Sample contacts, one file each; the built-in samples are written when the folder is created. */
  const contacts = new ContactStore({
    directory: join(deps.dataDirectory, 'contacts'),
    now: deps.now,
    seed: builtInContacts,
    onChanged: (event) => eventBus.emit('contacts.changed', event),
  })
  /** Contact files written by another program or process show up without a reload. */
  const contactWatcher = watchFiles
    ? new ContactWatcher(contacts, (event) => eventBus.emit('contacts.changed', event))
    : undefined
  const contactsWatching = contactWatcher?.start().catch(() => {})
  /** Every send is recorded here, whoever sends: the app, browser mode or `capi send`. */
  const history = new HistoryStore({
    directory: join(deps.dataDirectory, 'history'),
    now: deps.now,
    onChanged: (change) => eventBus.emit('history.changed', change),
  })
  /** Hashes the Workbench sent, so the Test events view can show their normalized values. */
  const recentHashes = new RecentHashes()
  /** settings.json: the send timeout and slow threshold apply to the next send, history.size now. */
  const settings = new SettingsStore({
    dataDirectory: deps.dataDirectory,
    onChanged: (values, userKeys) => {
      if (userKeys.includes('history.size'))
        void history.settings({ limit: values['history.size'] }).catch(() => {})
    },
  })
  /** Hand edits to settings.json apply without a restart: the window is told what now applies. */
  const settingsWatcher = watchFiles
    ? new SettingsWatcher(settings, (state) => eventBus.emit('settings.changed', state))
    : undefined
  const settingsWatching = settingsWatcher
    ? settingsWatcher.start().catch(() => {})
    : settings.get().then(
        () => undefined,
        () => undefined,
      )
  const send = new SendService({
    connections,
    graph,
    history,
    now: deps.now,
    sha256: nodeSha256,
    eventBus,
    onBuilt: (hashed) => recentHashes.remember(hashed),
    defaultTimeoutMs: () => settings.values()?.['send.timeoutMs'],
    slowThresholdMs: () => settings.values()?.['send.slowThresholdMs'],
  })
  const testEvents = new TestEventsService({
    connections,
    hashes: recentHashes,
    emit: (payload) => eventBus.emit('testEvents.received', payload),
  })
  /** The Workflow Step editor's question: is this account linked to the dataset? */
  const assetLinks = new AssetLinkService({ connections, graph, now: deps.now })
  const handlers: HandlerTable = {
    ...createPresetsHandlers(presets),
    ...createHistoryHandlers(history),
    ...createTransferHandlers({ presets: presets.store, contacts, history, now: deps.now }),
    ...createContactsHandlers(contacts),
    ...createConnectionsHandlers(connections),
    ...createSendHandlers(send),
    ...createTestEventsHandlers(testEvents),
    ...createAssetLinkHandlers(assetLinks),
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
  return {
    handlers,
    connections,
    presets,
    contacts,
    history,
    send,
    settings,
    graph,
    async close() {
      presets.stop()
      settingsWatcher?.stop()
      contactWatcher?.stop()
      testEvents.close()
      // A watcher's start or rescan still running reads and writes the data directory (the first
      // listing of contacts writes the samples): let them finish, so that whoever closes the
      // services may remove the directory.
      await Promise.all([contactsWatching, settingsWatching])
      await Promise.all([contactWatcher?.settled(), settingsWatcher?.settled(), contacts.idle()])
      await graph.close?.()
    },
  }
}
