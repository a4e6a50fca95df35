import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ContactFile,
  contactSchemaVersion,
  type ContactContent,
} from '../../shared/contacts/contactSchema'
import { isValidSegment, slugify } from '../../shared/presets/presetId'
import { describeIssues } from '../../shared/presets/presetSchema'
import { readJsonFile, revisionOf, type PresetRead } from '../presets/presetFiles'

export type ContactRead =
  | { ok: true; contact: ContactFile; revision: string; size: number; mtimeMs: number }
  | Exclude<PresetRead, { ok: true }>

/** Reads and checks one contact file, like a preset file (size cap, regular file, line and column). */
export async function readContactFile(path: string): Promise<ContactRead> {
  const read = await readJsonFile(path, 'A contact')
  if (!read.ok) return read
  const { revision, size, mtimeMs } = read
  const problem = (text: string) =>
    ({ ok: false, problem: text, revision, size, mtimeMs, incomplete: false }) as const
  const raw = read.raw
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return problem('the file is not a JSON object')
  }
  const version = (raw as Record<string, unknown>).schemaVersion
  if (typeof version === 'number' && version > contactSchemaVersion) {
    return problem(
      `schemaVersion ${version} is newer than this Workbench understands (${contactSchemaVersion}); update the app`,
    )
  }
  // A file written by hand (or a `capi step simulate --contact` file with a name) needs no
  // bookkeeping: the version is the current one, the timestamps are the file's.
  const fallback = read.mtime.toISOString()
  const parsed = ContactFile.safeParse({
    schemaVersion: contactSchemaVersion,
    createdAt: fallback,
    updatedAt: fallback,
    ...raw,
  })
  if (!parsed.success) return problem(describeIssues(parsed.error))
  return { ok: true, contact: parsed.data, revision, size, mtimeMs }
}

/** The exact bytes written for a contact: pretty-printed, stable key order, trailing newline. */
export function serializeContact(contact: ContactFile): string {
  const ordered = {
    schemaVersion: contact.schemaVersion,
    name: contact.name,
    channel: contact.channel,
    ctwa_clid: contact.ctwa_clid,
    psid: contact.psid,
    igsid: contact.igsid,
    contact: contact.contact,
    workflow: contact.workflow,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}

export function contactRevision(contact: ContactFile): string {
  return revisionOf(serializeContact(contact))
}

/** The ids of the `*.json` files directly in the contacts folder; dot-files are ours. */
export async function listContactIds(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name.endsWith('.json'))
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name.slice(0, -'.json'.length))
    .filter(isValidSegment)
    .sort()
}

/** A file name from a contact's name: `Rina Wijaya (ID)` → `rina-wijaya-id`. */
export function contactSlug(name: string): string {
  const slug = slugify(name)
  return slug === 'preset' && !/preset/i.test(name) ? 'contact' : slug
}

/** Two contacts hold the same values (names and timestamps aside): an import of it is a no-op. */
export function sameValues(a: ContactContent, b: ContactContent): boolean {
  const pick = (contact: ContactContent) =>
    JSON.stringify([
      contact.channel ?? null,
      contact.ctwa_clid ?? null,
      contact.psid ?? null,
      contact.igsid ?? null,
      contact.contact,
      contact.workflow,
    ])
  return pick(a) === pick(b)
}

export const contactsFolderName = 'contacts'
export const joinContactPath = (directory: string, id: string) => join(directory, `${id}.json`)
