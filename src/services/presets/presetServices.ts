import { join } from 'node:path'
import type { PresetsChanged } from '../../shared/contract/presetsChannels'
import { AutosaveStore } from './autosaveStore'
import { PresetStore } from './presetStore'
import { PresetWatcher } from './presetWatcher'

export interface PresetServices {
  store: PresetStore
  autosave: AutosaveStore
  /** Starts the file watcher once (on the first listing), so building the services has no side effects. */
  ensureWatching(): Promise<void>
  stop(): void
}

export interface PresetServiceOptions {
  dataDirectory: string
  now: () => Date
  emitChanged: (event: PresetsChanged) => void
  /** Quarantine messages for the person (an app notice). */
  notify?: (message: string) => void
  watch: boolean
}

export function createPresetServices(options: PresetServiceOptions): PresetServices {
  const emit = (event: PresetsChanged) => {
    options.emitChanged(event)
    for (const notice of event.quarantined) options.notify?.(notice.message)
  }
  const store = new PresetStore({
    directory: join(options.dataDirectory, 'presets'),
    now: options.now,
    onChanged: emit,
  })
  const autosave = new AutosaveStore({
    directory: join(options.dataDirectory, 'autosave'),
    now: options.now,
  })
  const watcher = new PresetWatcher(store, emit)
  let started: Promise<void> | undefined
  return {
    store,
    autosave,
    ensureWatching() {
      if (!options.watch) return Promise.resolve()
      started ??= watcher.start().catch(() => {
        // Watching is a convenience: without it, external edits show up at the next listing.
        started = undefined
      })
      return started
    },
    stop: () => watcher.stop(),
  }
}
