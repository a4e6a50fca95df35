import { watch, type FSWatcher } from 'node:fs'

export interface DebouncedWatchOptions {
  /** Whether a change to this name (relative to the directory; undefined when the OS does not say) matters. */
  accept: (name: string | undefined) => boolean
  /** What to do once the changes settle. Runs one at a time; a failure is dropped (the next change runs again). */
  run: () => Promise<unknown>
  debounceMs: number
  recursive?: boolean
}

/**
 * `fs.watch` on a directory for the watchers of presets, contacts and settings.json: changes that
 * come close together run `run` once, runs never overlap, and `settled()` waits for the last one
 * (so `close()` can finish before a test removes the directory). A watcher error (the directory
 * removed, too many files) schedules a run too: the run finds out what is there.
 */
export class DebouncedWatch {
  private watcher: FSWatcher | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private running: Promise<unknown> = Promise.resolve()
  private stopped = false

  constructor(
    private readonly directory: string,
    private readonly options: DebouncedWatchOptions,
  ) {}

  /** Starts watching; does nothing once stopped (a stop may come while the owner still prepares). */
  start(): void {
    if (this.stopped || this.watcher) return
    this.watcher = watch(
      this.directory,
      { persistent: false, recursive: this.options.recursive ?? false },
      (_event, name) => {
        if (this.options.accept(name === null ? undefined : String(name))) this.schedule()
      },
    )
    this.watcher.on('error', () => this.schedule())
  }

  stop(): void {
    this.stopped = true
    this.watcher?.close()
    this.watcher = undefined
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }

  /** Resolves when the run in progress (if any) is over. */
  settled(): Promise<void> {
    return this.running.then(
      () => undefined,
      () => undefined,
    )
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.running = this.running.then(this.options.run).then(
        () => undefined,
        () => undefined,
      )
    }, this.options.debounceMs)
  }
}
