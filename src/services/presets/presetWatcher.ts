import { mkdir } from 'node:fs/promises'
import { DebouncedWatch } from '../files/debouncedWatch'
import type { PresetsChanged } from '../../shared/contract/presetsChannels'
import { emptyFileProblem, readPresetFile, walkPresetTree } from './presetFiles'
import type { PresetStore } from './presetStore'

export interface PresetWatcherOptions {
  debounceMs?: number
  /** A file that does not parse is read again after this long before it is quarantined (an editor may be mid-write). */
  settleMs?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * Picks up edits made outside the app (an editor, git pull) and reports them as `external`
 * changes. It never writes a preset: an open tab with unsaved edits is told and shows a conflict.
 */
export class PresetWatcher {
  private readonly watch: DebouncedWatch
  private readonly settleMs: number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(
    private readonly store: PresetStore,
    private readonly emit: (event: PresetsChanged) => void,
    options: PresetWatcherOptions = {},
  ) {
    this.settleMs = options.settleMs ?? 400
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.watch = new DebouncedWatch(this.store.directory, {
      recursive: true,
      debounceMs: options.debounceMs ?? 150,
      // Dot-files and dot-folders are ours: temporary files of an atomic write, .quarantine.
      accept: (name) => !name?.split(/[\\/]/).some((part) => part.startsWith('.')),
      run: () => this.rescan(),
    })
  }

  async start(): Promise<void> {
    await mkdir(this.store.directory, { recursive: true, mode: 0o700 })
    if (this.store.known.size === 0) await this.store.list()
    this.watch.start()
  }

  stop(): void {
    this.watch.stop()
  }

  /** Resolves when a rescan in progress is over. */
  settled(): Promise<void> {
    return this.watch.settled()
  }

  /** Compares the folder with what the store last saw; public so tests need not wait for fs events. */
  async rescan(): Promise<PresetsChanged | undefined> {
    await this.store.idle()
    const tree = await walkPresetTree(this.store.directory)
    const event: PresetsChanged = { origin: 'external', changes: [], quarantined: [] }
    const seen = new Set<string>()
    for (const file of tree.files) {
      seen.add(file.id)
      const known = this.store.known.get(file.id)
      if (known && known.mtimeMs === file.mtimeMs && known.size === file.size) continue
      let read = await readPresetFile(file.path).catch(() => undefined)
      if (read === undefined) continue
      if (!('missing' in read) && !read.ok) {
        const first = read
        await this.sleep(this.settleMs)
        read = await readPresetFile(file.path).catch(() => undefined)
        if (read === undefined) continue
        // Still being written (empty, or changed while we waited): look again on the next event.
        // A file cut off mid-value that stayed so through the wait is quarantined.
        if (
          !('missing' in read) &&
          !read.ok &&
          (read.problem === emptyFileProblem ||
            read.size !== first.size ||
            read.mtimeMs !== first.mtimeMs ||
            read.revision !== first.revision)
        ) {
          continue
        }
      }
      if ('missing' in read) {
        seen.delete(file.id)
        continue
      }
      if (!read.ok) {
        const notice = await this.store
          .quarantine(`${file.id}.json`, read.problem)
          .catch(() => undefined)
        if (notice) event.quarantined.push(notice)
        seen.delete(file.id)
        continue
      }
      this.store.known.set(file.id, {
        revision: read.revision,
        mtimeMs: file.mtimeMs,
        size: file.size,
      })
      if (known?.revision === read.revision) continue
      event.changes.push({
        id: file.id,
        kind: known ? 'modified' : 'added',
        revision: read.revision,
      })
    }
    for (const id of [...this.store.known.keys()]) {
      if (seen.has(id)) continue
      this.store.known.delete(id)
      event.changes.push({ id, kind: 'removed' })
    }
    if (event.changes.length === 0 && event.quarantined.length === 0) return undefined
    this.emit(event)
    return event
  }
}
