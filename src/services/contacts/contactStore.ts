import { mkdir, stat, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SerialQueue } from '../../base/serialQueue'
import {
  ContactContent,
  contactSchemaVersion,
  sameContactName,
  type ContactContentInput,
  type ContactFile,
} from '../../shared/contacts/contactSchema'
import type { ContactsChanged, StoredContact } from '../../shared/contract/contactsChannels'
import { describeIssues } from '../../shared/presets/presetSchema'
import { AppError } from '../../shared/result'
import { atomicWriteFile, syncDirectory } from '../files/atomicWriteFile'
import { confinePresetPath } from '../presets/confinedPath'
import { checkExpectedRevision, removeStaleTemporaryFiles } from '../presets/presetFiles'
import { quarantineFile, type QuarantineNotice } from '../presets/quarantine'
import { readSettled } from '../presets/readSettled'
import {
  contactRevision,
  contactSlug,
  joinContactPath,
  listContactIds,
  readContactFile,
  sameValues,
  serializeContact,
  type ContactRead,
} from './contactFiles'

export interface ContactStoreOptions {
  /** `<data dir>/contacts` */
  directory: string
  now: () => Date
  onChanged?: (event: ContactsChanged) => void
  /** Written once, when the folder is created (the first run); never again. */
  seed?: readonly { id: string; content: ContactContentInput }[]
  /** How long a broken file must stay unchanged before the listing quarantines it. */
  settleMs?: number
}

export interface ContactSaveInput {
  id?: string
  content: ContactContentInput
  /** The revision the editor started from; `null` = the file must not exist yet. */
  expectedRevision?: string | null
}

/** What became of one contact given to `add` (an import): written, or already there. */
export type AddOutcome =
  | { kind: 'added'; stored: StoredContact; renamedFrom?: string }
  | { kind: 'same'; stored: StoredContact }

const kind = { noun: 'Contact', folder: 'contacts' }
const queueKey = 'contacts'

/**
 * Sample contacts as files: one pretty-printed JSON file each under `directory`, written
 * atomically and owner-only, a file that does not load quarantined (moved aside with a note) like
 * a preset. Names are unique (a preset names its default contact by name); nothing is ever
 * overwritten: a save names the revision it started from, an import that meets a taken name
 * writes a renamed copy. Every write runs in one queue (contacts are few and small).
 */
export class ContactStore {
  private readonly queue = new SerialQueue()
  readonly quarantined: QuarantineNotice[] = []
  /** The revision of each contact file as this store last read or wrote it (the watcher's baseline). */
  readonly known = new Map<string, string>()
  private folderReady: Promise<void> | undefined

  constructor(private readonly options: ContactStoreOptions) {}

  get directory(): string {
    return this.options.directory
  }

  pathOf(id: string): string {
    return joinContactPath(this.options.directory, id)
  }

  async list(): Promise<{ contacts: StoredContact[]; quarantined: QuarantineNotice[] }> {
    await this.ensureFolder()
    await removeStaleTemporaryFiles(this.options.directory, [])
    const contacts: StoredContact[] = []
    for (const id of await listContactIds(this.options.directory)) {
      const read = await readSettled<ContactRead>({
        read: () => this.read(id),
        inQueue: (task) => this.queue.run(queueKey, task),
        quarantine: (problem) => this.quarantine(id, problem),
        settleMs: this.options.settleMs ?? 150,
      })
      if (read) contacts.push({ id, revision: read.revision, contact: read.contact })
    }
    this.known.clear()
    for (const stored of contacts) this.known.set(stored.id, stored.revision)
    return { contacts: sortByName(contacts), quarantined: [...this.quarantined] }
  }

  async get(id: string): Promise<StoredContact> {
    await this.ensureFolder()
    const read = await this.read(id)
    if ('missing' in read) throw new AppError('not_found', `There is no contact "${id}".`)
    if (!read.ok) {
      if (read.incomplete) {
        throw new AppError(
          'contact_busy',
          `"${id}" is empty or incomplete right now (another program may be writing it); try again in a moment.`,
        )
      }
      const notice = await this.quarantine(id, read.problem)
      throw new AppError('contact_invalid', notice.message)
    }
    return { id, revision: read.revision, contact: read.contact }
  }

  save(input: ContactSaveInput): Promise<StoredContact> {
    const content = parseContent(input.content)
    return this.queue.run(queueKey, async () => {
      await this.ensureFolder()
      const others = (await this.readAll()).filter((stored) => stored.id !== input.id)
      const clash = others.find((stored) => sameContactName(stored.contact.name, content.name))
      if (clash) {
        throw new AppError(
          'name_taken',
          `Another contact is already named "${clash.contact.name}"; choose another name.`,
        )
      }
      if (input.id === undefined) {
        const id = await this.freeId(contactSlug(content.name))
        return this.write(id, this.stamp(content), 'added')
      }
      const id = input.id
      const current = await this.read(id)
      const exists = checkExpectedRevision(current, input.expectedRevision, {
        changed: `Contact "${id}" was changed elsewhere since it was opened. Reload it, or save a copy.`,
        gone: `Contact "${id}" no longer exists on disk. Save it again as a new contact.`,
      })
      const createdAt = current.ok ? current.contact.createdAt : undefined
      return this.write(id, this.stamp(content, createdAt), exists ? 'modified' : 'added')
    })
  }

  async duplicate(id: string): Promise<StoredContact> {
    const { contact } = await this.get(id)
    const { schemaVersion: _v, createdAt: _c, updatedAt: _u, ...content } = contact
    return this.queue.run(queueKey, async () => {
      const taken = (await this.readAll()).map((stored) => stored.contact.name)
      const name = freeName(`${content.name} (copy)`, taken, 'copy')
      return this.write(
        await this.freeId(contactSlug(name)),
        this.stamp({ ...content, name }),
        'added',
      )
    })
  }

  delete(id: string): Promise<StoredContact> {
    return this.queue.run(queueKey, async () => {
      const stored = await this.get(id)
      await unlink(this.pathOf(id))
      await syncDirectory(this.options.directory)
      this.known.delete(id)
      this.options.onChanged?.({ origin: 'app', changes: [{ id, kind: 'removed' }] })
      return stored
    })
  }

  /**
   * Adds contacts from an import or a bundle, never overwriting: a contact whose name and values
   * are already stored is reported as `same`; a taken name gets `(imported)`, `(imported 2)`, ….
   */
  add(contents: ContactContent[]): Promise<AddOutcome[]> {
    return this.queue.run(queueKey, async () => {
      await this.ensureFolder()
      const existing = await this.readAll()
      const outcomes: AddOutcome[] = []
      for (const content of contents) {
        const same = existing.find(
          (stored) =>
            sameContactName(stored.contact.name, content.name) &&
            sameValues(stored.contact, content),
        )
        if (same) {
          outcomes.push({ kind: 'same', stored: same })
          continue
        }
        const name = freeName(
          content.name,
          existing.map((stored) => stored.contact.name),
          'imported',
        )
        const id = await this.freeId(contactSlug(name))
        const stored = await this.write(id, this.stamp({ ...content, name }), 'added')
        existing.push(stored)
        outcomes.push({
          kind: 'added',
          stored,
          ...(name !== content.name ? { renamedFrom: content.name } : {}),
        })
      }
      return outcomes
    })
  }

  /** Whether the contacts folder exists yet (it is created, and seeded, by the first use). */
  folderExists(): Promise<boolean> {
    return stat(this.options.directory).then(
      (info) => info.isDirectory(),
      () => false,
    )
  }

  /** Resolves when every queued write has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue.idle()
  }

  async quarantine(id: string, problem: string): Promise<QuarantineNotice> {
    const notice = await quarantineFile(
      this.options.directory,
      `${id}.json`,
      problem,
      this.options.now(),
      kind,
    )
    this.quarantined.push(notice)
    return notice
  }

  /**
   * Creates the folder (owner-only). Only the run that creates it writes the built-in samples: a
   * folder that exists, even empty (every sample deleted), is never seeded again.
   */
  private ensureFolder(): Promise<void> {
    this.folderReady ??= (async () => {
      await mkdir(dirname(this.options.directory), { recursive: true, mode: 0o700 })
      try {
        await mkdir(this.options.directory, { mode: 0o700 })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
        throw error
      }
      for (const { id, content } of this.options.seed ?? []) {
        if (!('missing' in (await this.read(id)))) continue
        await this.write(id, this.stamp(parseContent(content)), 'added')
      }
    })().catch((error: unknown) => {
      this.folderReady = undefined
      throw error
    })
    return this.folderReady
  }

  /** Every contact that reads cleanly, without quarantining (used inside the write queue). */
  private async readAll(): Promise<StoredContact[]> {
    const contacts: StoredContact[] = []
    for (const id of await listContactIds(this.options.directory)) {
      const read = await this.read(id).catch(() => undefined)
      if (read?.ok) contacts.push({ id, revision: read.revision, contact: read.contact })
    }
    return contacts
  }

  private async read(id: string): Promise<ContactRead> {
    await confinePresetPath(this.options.directory, this.pathOf(id), id, kind.folder)
    return readContactFile(this.pathOf(id))
  }

  private stamp(content: ContactContent, createdAt?: string): ContactFile {
    const now = this.options.now().toISOString()
    return {
      ...content,
      schemaVersion: contactSchemaVersion,
      createdAt: createdAt ?? now,
      updatedAt: now,
    }
  }

  private async freeId(base: string): Promise<string> {
    for (let attempt = 1; attempt < 10_000; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      if ('missing' in (await this.read(candidate))) return candidate
    }
    throw new AppError('internal', `No free file name for "${base}".`)
  }

  private async write(
    id: string,
    contact: ContactFile,
    change: 'added' | 'modified',
  ): Promise<StoredContact> {
    await confinePresetPath(this.options.directory, this.pathOf(id), id, kind.folder)
    const text = serializeContact(contact)
    await atomicWriteFile(this.pathOf(id), text)
    const revision = contactRevision(contact)
    this.known.set(id, revision)
    this.options.onChanged?.({ origin: 'app', changes: [{ id, kind: change, revision }] })
    return { id, revision, contact }
  }
}

function parseContent(input: ContactContentInput): ContactContent {
  const parsed = ContactContent.safeParse(input)
  if (!parsed.success) throw new AppError('invalid_input', describeIssues(parsed.error))
  return parsed.data
}

function sortByName(contacts: StoredContact[]): StoredContact[] {
  return contacts.sort((a, b) => a.contact.name.localeCompare(b.contact.name))
}

/** `name`, or `name (imported)`, `name (imported 2)`, … — the first that no contact has. */
export function freeName(name: string, taken: string[], label: string): string {
  const isTaken = (candidate: string) => taken.some((other) => sameContactName(other, candidate))
  if (!isTaken(name)) return name
  const base = name.replace(new RegExp(`\\s*\\(${label}( \\d+)?\\)$`), '')
  for (let attempt = 1; ; attempt++) {
    const candidate = `${base} (${label}${attempt === 1 ? '' : ` ${attempt}`})`
    if (!isTaken(candidate)) return candidate
  }
}
