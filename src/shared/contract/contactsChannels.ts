import { z } from 'zod'
import { ContactContent, ContactFile, ContactId } from '../contacts/contactSchema'
import { bounded } from './bounded'
import { channel, noInput } from './channel'
import { QuarantineNotice, Revision } from './presetsChannels'

/** A contact as stored: its file name (id), the file's content hash and what it holds. */
export const StoredContact = z.object({ id: ContactId, revision: Revision, contact: ContactFile })
export type StoredContact = z.infer<typeof StoredContact>

export const ContactImportResult = z.object({
  format: z.enum(['json', 'csv']),
  /** What was written; `renamedFrom` when the name was taken (nothing is ever overwritten). */
  imported: z.array(
    z.object({ id: ContactId, name: z.string(), renamedFrom: z.string().optional() }),
  ),
  /** Rows or items that were not imported, with their row (CSV, 1 = the header) or item number. */
  problems: z.array(z.object({ row: z.number().int().optional(), message: z.string() })),
})
export type ContactImportResult = z.infer<typeof ContactImportResult>

export const contactsChannels = {
  /** Every contact (they are small), sorted by name; bad files are quarantined like presets. */
  'contacts.list': channel(
    noInput,
    z.object({ contacts: z.array(StoredContact), quarantined: z.array(QuarantineNotice) }),
  ),
  'contacts.get': channel(z.object({ id: ContactId }).strict(), StoredContact),
  /**
   * No id: a new file named after the contact. With an id: that contact, renamed if the name
   * changed (the id stays). A name another contact has is refused (`name_taken`).
   * `expectedRevision` guards against overwriting a change made meanwhile (`conflict`).
   */
  'contacts.save': channel(
    z
      .object({
        id: ContactId.optional(),
        content: bounded(ContactContent, 'The contact', { maxBytes: 256 * 1024 }),
        expectedRevision: Revision.nullable().optional(),
      })
      .strict(),
    StoredContact,
  ),
  'contacts.duplicate': channel(z.object({ id: ContactId }).strict(), StoredContact),
  /** Returns the contact as it was. */
  'contacts.delete': channel(z.object({ id: ContactId }).strict(), StoredContact),
  /** The text of a JSON file (one contact or an array) or a CSV file (header row = field names). */
  'contacts.import': channel(
    z
      .object({ text: z.string().max(5_000_000), fileName: z.string().max(500).optional() })
      .strict(),
    ContactImportResult,
  ),
}

export const ContactsChanged = z.object({
  /** `app`: written through the Workbench (absent means this too); `external`: another program or process. */
  origin: z.enum(['app', 'external']).optional(),
  changes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['added', 'modified', 'removed']),
      /** The file's revision after the change (absent for `removed`). */
      revision: Revision.optional(),
    }),
  ),
  /** Files the watcher moved to contacts/.quarantine because they do not load. */
  quarantined: z.array(QuarantineNotice).optional(),
})
export type ContactsChanged = z.infer<typeof ContactsChanged>
