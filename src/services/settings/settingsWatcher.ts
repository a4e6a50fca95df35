import { mkdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { DebouncedWatch } from '../files/debouncedWatch'
import type { SettingsState } from '../../shared/settings/settingsSchema'
import type { SettingsStore } from './settingsStore'

export interface SettingsWatcherOptions {
  debounceMs?: number
}

/**
 * Picks up hand edits to settings.json (an editor, a script) and pushes the settings as they now
 * apply, so a change takes effect without a restart. It watches the data directory, not the file:
 * an editor that saves by renaming a new file over the old one replaces the watched inode. It only
 * reads: a broken file is reported (line and column, defaults apply) and never written.
 */
export class SettingsWatcher {
  private readonly watch: DebouncedWatch
  private last: string | undefined

  constructor(
    private readonly store: SettingsStore,
    private readonly emit: (state: SettingsState) => void,
    options: SettingsWatcherOptions = {},
  ) {
    this.watch = new DebouncedWatch(dirname(this.store.path), {
      debounceMs: options.debounceMs ?? 150,
      accept: (changed) => changed === undefined || changed === basename(this.store.path),
      run: () => this.check(),
    })
  }

  async start(): Promise<void> {
    const directory = dirname(this.store.path)
    await mkdir(directory, { recursive: true, mode: 0o700 })
    this.last = JSON.stringify(await this.store.get().catch(() => undefined))
    this.watch.start()
  }

  stop(): void {
    this.watch.stop()
  }

  /** Resolves when a check in progress is over. */
  settled(): Promise<void> {
    return this.watch.settled()
  }

  /** Reads the file again; emits (and returns) the state when it differs from the last one seen. */
  async check(): Promise<SettingsState | undefined> {
    const state = await this.store.get()
    const seen = JSON.stringify(state)
    if (seen === this.last) return undefined
    this.last = seen
    this.emit(state)
    return state
  }
}
