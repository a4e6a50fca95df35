import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { builtInContacts } from '../../shared/contacts/builtInContacts'
import { ContactStore } from '../contacts/contactStore'
import { PresetStore } from '../presets/presetStore'
import { planBundledContacts } from './bundleContacts'
import { exportBundle, importBundle, parseBundle } from './presetBundle'

const now = new Date('2026-12-02T10:00:00Z')
const directories: string[] = []

async function side(seed: typeof builtInContacts = []) {
  const directory = await mkdtemp(join(tmpdir(), 'capi-bundle-contacts-'))
  directories.push(directory)
  return {
    presets: new PresetStore({ directory: join(directory, 'presets'), now: () => now }),
    contacts: new ContactStore({
      directory: join(directory, 'contacts'),
      now: () => now,
      seed,
    }),
  }
}
afterEach(async () => {
  for (const directory of directories.splice(0))
    await rm(directory, { recursive: true, force: true })
})

const rina = { name: 'Rina', contact: { email: 'rina@example.co.id' }, workflow: { total: '1' } }
const hans = { name: 'Hans', contact: { email: 'hans@example.de' } }

describe('bundles with contacts', () => {
  it('carries every contact for "everything", the default contact for one preset', async () => {
    const source = await side()
    await source.contacts.save({ content: rina })
    await source.contacts.save({ content: hans })
    await source.presets.save({
      content: { name: 'Buy', defaultContact: 'Rina', draft: createEmptyDraft('whatsapp') },
    })
    await source.presets.save({ content: { name: 'Plain', draft: createEmptyDraft('whatsapp') } })
    const names = async (scope: Parameters<typeof exportBundle>[1]) =>
      parseBundle(
        (await exportBundle(source.presets, scope, now, source.contacts)).text,
      ).contacts?.map((item) => (item.contact as { name: string }).name)
    expect([
      await names({ kind: 'all' }),
      await names({ kind: 'preset', id: 'buy' }),
      await names({ kind: 'preset', id: 'plain' }),
    ]).toEqual([['Hans', 'Rina'], ['Rina'], undefined])
  })

  it('restores contacts on import, never overwriting: a clash is renamed and the preset follows', async () => {
    const source = await side()
    await source.contacts.save({ content: rina })
    await source.contacts.save({ content: hans })
    await source.presets.save({
      content: { name: 'Buy', defaultContact: 'Rina', draft: createEmptyDraft('whatsapp') },
    })
    const { text } = await exportBundle(source.presets, { kind: 'all' }, now, source.contacts)
    const target = await side()
    const theirs = await target.contacts.save({
      content: { name: 'Rina', contact: { email: 'another-rina@example.com' } },
    })
    await target.contacts.save({ content: hans })
    const plan = await planBundledContacts(target.contacts, parseBundle(text))
    const result = await importBundle(target.presets, text, {}, now, target.contacts)
    const listed = await target.contacts.list()
    expect({
      plan,
      contacts: result.contacts,
      stored: listed.contacts.map((stored) => [stored.contact.name, stored.contact.contact.email]),
      theirsKept: (await target.contacts.get(theirs.id)).revision === theirs.revision,
      presetContact: (await target.presets.get('buy')).preset.defaultContact,
    }).toEqual({
      plan: [
        { name: 'Hans', conflict: false },
        { name: 'Rina', conflict: true },
      ],
      contacts: {
        imported: [{ id: 'rina-imported', name: 'Rina (imported)', renamedFrom: 'Rina' }],
        skipped: [{ name: 'Hans', reason: 'already stored with the same values' }],
      },
      stored: [
        ['Hans', 'hans@example.de'],
        ['Rina', 'another-rina@example.com'],
        ['Rina (imported)', 'rina@example.co.id'],
      ],
      theirsKept: true,
      presetContact: 'Rina (imported)',
    })
  })

  it('reads a bundle from before contacts existed', async () => {
    const target = await side(builtInContacts)
    const old = JSON.stringify({
      format: 'capi-workbench-presets',
      schemaVersion: 1,
      exportedAt: now.toISOString(),
      scope: 'everything',
      presets: [],
    })
    const result = await importBundle(target.presets, old, {}, now, target.contacts)
    const exported = await exportBundle(target.presets, { kind: 'all' }, now, target.contacts)
    // Neither seeds the built-in samples into a data directory that has no contacts folder.
    expect([
      result,
      'contacts' in JSON.parse(exported.text),
      await target.contacts.folderExists(),
    ]).toEqual([{ imported: [], skipped: [] }, false, false])
  })
})
