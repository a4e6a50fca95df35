import { ContactContent, ContactFile, sameContactName } from '../../shared/contacts/contactSchema'
import type { PresetBundle } from '../../shared/contract/transferChannels'
import { describeIssues } from '../../shared/presets/presetSchema'
import type { ContactStore } from '../contacts/contactStore'
import { sameValues } from '../contacts/contactFiles'

/**
 * The contacts a bundle carries: every one for "everything", else the presets' default contacts.
 * A data directory without a contacts folder (the CLI on a fresh one) exports none and seeds none.
 */
export async function exportableContacts(
  store: ContactStore,
  wanted: 'all' | (string | undefined)[],
): Promise<{ id: string; contact: ContactFile }[]> {
  if (!(await store.folderExists())) return []
  const { contacts } = await store.list()
  return contacts
    .filter(
      (stored) =>
        wanted === 'all' ||
        wanted.some((name) => name !== undefined && sameContactName(name, stored.contact.name)),
    )
    .map((stored) => ({ id: stored.id, contact: stored.contact }))
}

type Bundled = { name: string; content?: ContactContent; problem?: string }

export function bundledContacts(bundle: PresetBundle): Bundled[] {
  return (bundle.contacts ?? []).map(({ id, contact }) => {
    const parsed = ContactFile.safeParse(contact)
    const name =
      typeof (contact as { name?: unknown } | null)?.name === 'string'
        ? (contact as { name: string }).name
        : id
    if (!parsed.success) return { name, problem: describeIssues(parsed.error) }
    const { schemaVersion: _v, createdAt: _c, updatedAt: _u, ...content } = parsed.data
    return { name, content }
  })
}

/** For the import preview: a bundled contact whose name is taken by a different contact. */
export async function planBundledContacts(
  store: ContactStore,
  bundle: PresetBundle,
): Promise<{ name: string; conflict: boolean }[]> {
  const items = bundledContacts(bundle)
  if (items.length === 0) return []
  const { contacts } = await store.list()
  return items.map((item) => ({
    name: item.name,
    conflict: contacts.some(
      (stored) =>
        sameContactName(stored.contact.name, item.name) &&
        !(item.content && sameValues(stored.contact, item.content)),
    ),
  }))
}

/**
 * Restores a bundle's contacts without ever overwriting one: the same contact already stored is
 * skipped, a different one with the name is added as `<name> (imported)` (and `renamed` says so,
 * so the bundle's presets keep pointing at the copy they came with).
 */
export async function importBundledContacts(store: ContactStore, items: Bundled[]) {
  const result = {
    imported: [] as { id: string; name: string; renamedFrom?: string }[],
    skipped: [] as { name: string; reason: string }[],
  }
  const renamed = new Map<string, string>()
  if (items.length === 0) return { result, renamed }
  const readable = items.filter((item): item is Bundled & { content: ContactContent } => {
    if (!item.content)
      result.skipped.push({ name: item.name, reason: item.problem ?? 'not readable' })
    return item.content !== undefined
  })
  const outcomes = await store.add(readable.map((item) => item.content))
  for (const outcome of outcomes) {
    if (outcome.kind === 'same') {
      result.skipped.push({
        name: outcome.stored.contact.name,
        reason: 'already stored with the same values',
      })
      continue
    }
    const { id, contact } = outcome.stored
    if (outcome.renamedFrom) renamed.set(outcome.renamedFrom, contact.name)
    result.imported.push({
      id,
      name: contact.name,
      ...(outcome.renamedFrom ? { renamedFrom: outcome.renamedFrom } : {}),
    })
  }
  return { result, renamed }
}
