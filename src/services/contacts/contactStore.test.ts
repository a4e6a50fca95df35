import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtInContacts } from '../../shared/contacts/builtInContacts'
import type { ContactsChanged } from '../../shared/contract/contactsChannels'
import { ContactStore } from './contactStore'

const clock = () => new Date('2026-12-02T10:00:00.000Z')
let root: string
let directory: string
let events: ContactsChanged[]

function storeWith(seed = builtInContacts) {
  return new ContactStore({
    directory,
    now: clock,
    seed,
    settleMs: 5,
    onChanged: (event) => events.push(event),
  })
}

const rina = {
  name: 'Rina Wijaya',
  channel: 'whatsapp' as const,
  ctwa_clid: 'ARAkExample',
  contact: { email: 'rina@example.co.id', address: { city: 'Jakarta' } },
  workflow: { order: { total: '150000' } },
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'capi-contacts-'))
  directory = join(root, 'data', 'contacts')
  events = []
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('ContactStore', () => {
  it('seeds the built-in samples only when it creates the folder, owner-only', async () => {
    const store = storeWith()
    const first = await store.list()
    const folderMode = (await stat(directory)).mode & 0o777
    const fileMode = (await stat(join(directory, 'maria-br.json'))).mode & 0o777
    await store.delete('maria-br')
    const again = await storeWith().list()
    expect({
      first: first.contacts.map((stored) => stored.id),
      folderMode: folderMode.toString(8),
      fileMode: fileMode.toString(8),
      afterDeleteAndRestart: again.contacts.map((stored) => stored.id),
    }).toEqual({
      first: ['hans-de', 'john-us', 'maria-br'],
      folderMode: '700',
      fileMode: '600',
      afterDeleteAndRestart: ['hans-de', 'john-us'],
    })
  })

  it('never seeds into a folder that exists, even an empty one', async () => {
    await mkdir(directory, { recursive: true })
    expect((await storeWith().list()).contacts).toEqual([])
  })

  it('writes a contact with nested keys as pretty JSON, atomically (no temporary file left)', async () => {
    const store = storeWith([])
    const saved = await store.save({ content: rina })
    const text = await readFile(join(directory, 'rina-wijaya.json'), 'utf8')
    expect({
      id: saved.id,
      file: JSON.parse(text),
      pretty: text.includes('\n  "name": "Rina Wijaya"'),
      names: await readdir(directory),
      events,
    }).toEqual({
      id: 'rina-wijaya',
      file: {
        schemaVersion: 1,
        ...rina,
        createdAt: '2026-12-02T10:00:00.000Z',
        updatedAt: '2026-12-02T10:00:00.000Z',
      },
      pretty: true,
      names: ['rina-wijaya.json'],
      events: [
        {
          origin: 'app',
          changes: [{ id: 'rina-wijaya', kind: 'added', revision: saved.revision }],
        },
      ],
    })
  })

  it('refuses a taken name and a stale revision instead of overwriting', async () => {
    const store = storeWith([])
    const saved = await store.save({ content: rina })
    const edited = await store.save({
      id: saved.id,
      content: { ...rina, contact: { email: 'new@example.com' } },
      expectedRevision: saved.revision,
    })
    const outcomes = await Promise.allSettled([
      store.save({ content: { ...rina, name: ' rina wijaya ' } }),
      store.save({ id: saved.id, content: rina, expectedRevision: saved.revision }),
      store.save({ id: 'other', content: rina, expectedRevision: null }),
    ])
    expect({
      codes: outcomes.map((outcome) =>
        outcome.status === 'rejected' ? (outcome.reason as { code: string }).code : 'saved',
      ),
      onDisk: (await store.get(saved.id)).contact.contact,
      revisionMoved: edited.revision !== saved.revision,
    }).toEqual({
      codes: ['name_taken', 'conflict', 'name_taken'],
      onDisk: { email: 'new@example.com' },
      revisionMoved: true,
    })
  })

  it('renames in place (the id stays) and duplicates under a free name', async () => {
    const store = storeWith([])
    const saved = await store.save({ content: rina })
    const renamed = await store.save({ id: saved.id, content: { ...rina, name: 'Rina W.' } })
    const copy = await store.duplicate(saved.id)
    const copy2 = await store.duplicate(saved.id)
    expect([
      renamed.id,
      renamed.contact.name,
      copy.contact.name,
      copy2.contact.name,
      copy2.id,
    ]).toEqual(['rina-wijaya', 'Rina W.', 'Rina W. (copy)', 'Rina W. (copy 2)', 'rina-w-copy-2'])
  })

  it('adds imports without overwriting: same values skipped, a taken name renamed', async () => {
    const store = storeWith([])
    const original = await store.save({ content: rina })
    const outcomes = await store.add([
      { ...rina, contact: { ...rina.contact }, workflow: { ...rina.workflow } },
      { ...rina, contact: { email: 'other@example.com' }, workflow: {} },
    ])
    expect({
      outcomes: outcomes.map((outcome) => [
        outcome.kind,
        outcome.stored.contact.name,
        outcome.kind === 'added' ? outcome.renamedFrom : undefined,
      ]),
      original: (await store.get(original.id)).contact.contact,
    }).toEqual({
      outcomes: [
        ['same', 'Rina Wijaya', undefined],
        ['added', 'Rina Wijaya (imported)', 'Rina Wijaya'],
      ],
      original: rina.contact,
    })
  })

  it('quarantines a broken file with a note and still lists the others', async () => {
    const store = storeWith([])
    await store.save({ content: rina })
    await mkdir(directory, { recursive: true })
    await writeFile(join(directory, 'broken.json'), '{"name": "X", "contact": [1]}\n')
    await writeFile(join(directory, 'cut.json'), '{"name": ')
    const listing = await store.list()
    const quarantine = await readdir(join(directory, '.quarantine'))
    expect({
      listed: listing.contacts.map((stored) => stored.id),
      moved: listing.quarantined.map((notice) => [notice.file, notice.problem]),
      quarantine: quarantine.sort(),
      cutKept: (await readdir(directory)).includes('cut.json'),
    }).toEqual({
      listed: ['rina-wijaya'],
      moved: [['broken.json', 'contact: Invalid input: expected record, received array']],
      quarantine: ['broken.20261202T100000Z.json', 'broken.20261202T100000Z.json.txt'],
      // Cut off mid-value: maybe being written right now, so it is left alone.
      cutKept: true,
    })
  })

  it('refuses a contact file that is a link out of the folder', async () => {
    const store = storeWith([])
    await store.list()
    const outside = join(root, 'secret.json')
    await writeFile(outside, JSON.stringify({ name: 'Leak' }))
    const { symlink } = await import('node:fs/promises')
    await symlink(outside, join(directory, 'leak.json'))
    await expect(store.get('leak')).rejects.toMatchObject({ code: 'unsafe_path' })
    expect((await store.list()).contacts).toEqual([])
  })
})
