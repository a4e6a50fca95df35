import { watch, type FSWatcher } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
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
  private watcher: FSWatcher | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private checking: Promise<unknown> = Promise.resolve()
  private last: string | undefined
  private readonly debounceMs: number

  constructor(
    private readonly store: SettingsStore,
    private readonly emit: (state: SettingsState) => void,
    options: SettingsWatcherOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150
  }

  async start(): Promise<void> {
    const directory = dirname(this.store.path)
    const name = basename(this.store.path)
    await mkdir(directory, { recursive: true, mode: 0o700 })
    this.last = JSON.stringify(await this.store.get().catch(() => undefined))
    this.watcher = watch(directory, { persistent: false }, (_event, changed) => {
      if (!changed || String(changed) === name) this.schedule()
    })
    this.watcher.on('error', () => this.schedule())
  }

  stop(): void {
    this.watcher?.close()
    this.watcher = undefined
    if (this.timer) clearTimeout(this.timer)
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.checking = this.checking.then(() => this.check()).catch(() => undefined)
    }, this.debounceMs)
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
