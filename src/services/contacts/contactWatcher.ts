import { mkdir } from 'node:fs/promises'
import { DebouncedWatch } from '../files/debouncedWatch'
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
  private readonly watch: DebouncedWatch

  constructor(
    private readonly store: ContactStore,
    private readonly emit: (event: ContactsChanged) => void,
    options: ContactWatcherOptions = {},
  ) {
    this.watch = new DebouncedWatch(this.store.directory, {
      debounceMs: options.debounceMs ?? 150,
      // Dot-files are ours: temporary files of an atomic write and the .quarantine folder.
      accept: (name) => !name?.startsWith('.'),
      run: () => this.rescan(),
    })
  }

  async start(): Promise<void> {
    // The first listing creates (and on a first run seeds) the folder and sets the baseline.
    await this.store.list().catch(async () => {
      await mkdir(this.store.directory, { recursive: true, mode: 0o700 })
    })
    this.watch.start()
  }

  stop(): void {
    this.watch.stop()
  }

  /** Resolves when a rescan in progress is over. */
  settled(): Promise<void> {
    return this.watch.settled()
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
