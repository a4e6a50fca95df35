import { watch, type FSWatcher } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { ContactsChanged } from '../../shared/contract/contactsChannels'
import { listContactIds } from './contactFiles'
import type { ContactStore } from './contactStore'

export interface ContactWatcherOptions {
  debounceMs?: number
}

/**
 * Picks up contact files written outside this process (an editor, a script, `capi contacts` in
 * another terminal) and reports them as `external` changes, so the Contacts view follows without
 * a reload. It never writes a contact: the listing it runs quarantines a file that stays broken
 * (like presets), and an open editor with unsaved edits is told, never overwritten.
 */
export class ContactWatcher {
  private watcher: FSWatcher | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private scanning: Promise<unknown> = Promise.resolve()
  private readonly debounceMs: number

  constructor(
    private readonly store: ContactStore,
    private readonly emit: (event: ContactsChanged) => void,
    options: ContactWatcherOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150
  }

  async start(): Promise<void> {
    // The first listing creates (and on a first run seeds) the folder and sets the baseline.
    await this.store.list().catch(async () => {
      await mkdir(this.store.directory, { recursive: true, mode: 0o700 })
    })
    this.watcher = watch(this.store.directory, { persistent: false }, (_event, name) => {
      // Dot-files are ours: temporary files of an atomic write and the .quarantine folder.
      if (name && String(name).startsWith('.')) return
      this.schedule()
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
      this.scanning = this.scanning.then(() => this.rescan()).catch(() => undefined)
    }, this.debounceMs)
  }

  /**
   * Lists the folder again and compares it with what the store last read or wrote; emits (and
   * returns) what differs. Public so tests need not wait for fs events.
   */
  async rescan(): Promise<ContactsChanged | undefined> {
    await this.store.idle()
    const before = new Map(this.store.known)
    const quarantinedBefore = this.store.quarantined.length
    const { contacts } = await this.store.list()
    const onDisk = new Set(await listContactIds(this.store.directory))
    const quarantined = this.store.quarantined.slice(quarantinedBefore)
    const moved = new Set(quarantined.map((notice) => notice.file.replace(/\.json$/, '')))
    const event: ContactsChanged = { origin: 'external', changes: [], quarantined }
    const listed = new Set<string>()
    for (const { id, revision } of contacts) {
      listed.add(id)
      const known = before.get(id)
      if (known === revision) continue
      event.changes.push({ id, kind: known === undefined ? 'added' : 'modified', revision })
    }
    for (const [id, revision] of before) {
      if (listed.has(id)) continue
      // Still there but empty or cut off (another program is writing it): not gone, look again later.
      if (onDisk.has(id) && !moved.has(id)) {
        this.store.known.set(id, revision)
        continue
      }
      event.changes.push({ id, kind: 'removed' })
    }
    if (event.changes.length === 0 && quarantined.length === 0) return undefined
    this.emit(event)
    return event
  }
}
