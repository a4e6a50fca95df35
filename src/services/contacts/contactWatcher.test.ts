import { mkdtemp, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContactsChanged } from '../../shared/contract/contactsChannels'
import { revisionOf } from '../presets/presetFiles'
import { ContactStore } from './contactStore'
import { ContactWatcher } from './contactWatcher'

const clock = () => new Date('2026-12-02T10:00:00.000Z')
let root: string
let directory: string
let store: ContactStore
let external: ContactsChanged[]
let watcher: ContactWatcher

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'capi-contact-watch-'))
  directory = join(root, 'contacts')
  store = new ContactStore({ directory, now: clock, settleMs: 5 })
  external = []
  watcher = new ContactWatcher(store, (event) => external.push(event), { debounceMs: 20 })
  await watcher.start()
})
afterEach(async () => {
  watcher.stop()
  await rm(root, { recursive: true, force: true })
})

const text = (name: string, email: string) =>
  JSON.stringify({ name, contact: { email }, workflow: {} }, null, 2) + '\n'

/** Waits (up to 4 s) for the real fs.watch to have reported `predicate`. */
async function until(predicate: (events: ContactsChanged[]) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !predicate(external); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const changes = () =>
  external.flatMap((event) => event.changes.map((change) => `${change.kind} ${change.id}`))

describe('ContactWatcher (real fs.watch)', () => {
  it('reports a file another program adds, edits, renames and removes', async () => {
    await writeFile(join(directory, 'ana.json'), text('Ana', 'ana@example.com'))
    await until(() => changes().includes('added ana'))
    const added = external.at(-1)
    await writeFile(join(directory, 'ana.json'), text('Ana', 'ana@example.org'))
    await until(() => changes().includes('modified ana'))
    await rename(join(directory, 'ana.json'), join(directory, 'ana-lima.json'))
    await until(() => changes().includes('added ana-lima'))
    await unlink(join(directory, 'ana-lima.json'))
    await until(() => changes().includes('removed ana-lima'))
    expect({
      first: added,
      all: changes(),
      cached: [...store.known.keys()],
    }).toEqual({
      first: {
        origin: 'external',
        changes: [
          { id: 'ana', kind: 'added', revision: revisionOf(text('Ana', 'ana@example.com')) },
        ],
        quarantined: [],
      },
      all: ['added ana', 'modified ana', 'added ana-lima', 'removed ana', 'removed ana-lima'],
      cached: [],
    })
  })

  it('reports a save by another process (the CLI) but not this store’s own saves', async () => {
    const cli = new ContactStore({ directory, now: clock })
    const saved = await cli.save({ content: { name: 'From the CLI', contact: {}, workflow: {} } })
    await until(() => external.length > 0)
    await store.save({ content: { name: 'In the app', contact: {}, workflow: {} } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(external).toEqual([
      {
        origin: 'external',
        changes: [{ id: 'from-the-cli', kind: 'added', revision: saved.revision }],
        quarantined: [],
      },
    ])
  })

  it('quarantines a broken file written from outside, like a preset', async () => {
    await writeFile(join(directory, 'half.json'), '{\n  "name": "Half",\n  "contact": {,}\n}\n')
    await until(() => external.some((event) => (event.quarantined ?? []).length > 0))
    const notice = external.flatMap((event) => event.quarantined ?? [])[0]
    expect({
      file: notice?.file,
      left: (await readdir(directory)).filter((name) => !name.startsWith('.')),
      listed: (await store.list()).contacts.map((stored) => stored.id),
    }).toEqual({ file: 'half.json', left: [], listed: [] })
  })

  it('an empty file (another program mid-write) is neither removed nor quarantined', async () => {
    await writeFile(join(directory, 'ana.json'), text('Ana', 'ana@example.com'))
    await until(() => changes().includes('added ana'))
    await writeFile(join(directory, 'ana.json'), '')
    const event = await watcher.rescan()
    expect({ event, known: store.known.has('ana'), quarantined: store.quarantined }).toEqual({
      event: undefined,
      known: true,
      quarantined: [],
    })
  })
})
