import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import type { PresetsChanged } from '../../shared/contract/presetsChannels'
import { PresetStore } from './presetStore'

const clock = () => new Date('2026-11-25T14:00:00.000Z')
let directory: string
let events: PresetsChanged[]
let store: PresetStore

function content(name: string) {
  return { name, description: '', tags: ['acme'], draft: createEmptyDraft('whatsapp') }
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-presets-'))
  events = []
  store = new PresetStore({ directory, now: clock, onChanged: (event) => events.push(event) })
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('PresetStore', () => {
  it('saves a new preset as a pretty-printed file named after it, in its folder', async () => {
    const saved = await store.save({ folder: 'acme', content: content('Purchase – WhatsApp') })
    const text = await readFile(join(directory, 'acme', 'purchase-whatsapp.json'), 'utf8')
    expect([saved.id, JSON.parse(text), text.includes('\n  "name"')]).toEqual([
      'acme/purchase-whatsapp',
      {
        schemaVersion: 1,
        name: 'Purchase – WhatsApp',
        description: '',
        tags: ['acme'],
        draft: JSON.parse(JSON.stringify(createEmptyDraft('whatsapp'))),
        createdAt: '2026-11-25T14:00:00.000Z',
        updatedAt: '2026-11-25T14:00:00.000Z',
      },
      true,
    ])
  })

  it('lists summaries and folders', async () => {
    await store.save({ folder: 'acme', content: content('B') })
    await store.save({ content: content('A') })
    await store.createFolder('empty')
    const listing = await store.list()
    expect({
      ids: listing.presets.map((preset) => [preset.id, preset.folder, preset.channel]),
      folders: listing.folders,
    }).toEqual({
      ids: [
        ['a', '', 'whatsapp'],
        ['acme/b', 'acme', 'whatsapp'],
      ],
      folders: ['acme', 'empty'],
    })
  })

  it('refuses to overwrite a file changed since the editor opened it', async () => {
    const first = await store.save({ content: content('Lead') })
    await store.save({ id: first.id, content: content('Lead edited elsewhere') })
    await expect(
      store.save({ id: first.id, content: content('Lead mine'), expectedRevision: first.revision }),
    ).rejects.toMatchObject({ code: 'conflict' })
    expect((await store.get(first.id)).preset.name).toBe('Lead edited elsewhere')
  })

  it('quarantines a broken file with a message naming it, and still loads the rest', async () => {
    await store.save({ content: content('Good') })
    await mkdir(join(directory, 'acme'))
    await writeFile(join(directory, 'acme', 'broken.json'), '{\n  "name": "x",\n  oops\n}')
    const listing = await store.list()
    const quarantine = await readdir(join(directory, '.quarantine'))
    expect({
      presets: listing.presets.map((preset) => preset.id),
      file: listing.quarantined[0]?.file,
      message: listing.quarantined[0]?.message,
      moved: quarantine.sort(),
    }).toEqual({
      presets: ['good'],
      file: 'acme/broken.json',
      message:
        'Preset file "acme/broken.json" could not be loaded and was moved to .quarantine/acme__broken.20261125T140000Z.json: not valid JSON at line 3, column 3 (expected a property name in double quotes). The other presets are not affected; fix the file and move it back to load it.',
      moved: ['acme__broken.20261125T140000Z.json', 'acme__broken.20261125T140000Z.json.txt'],
    })
  })

  it('never replaces an earlier quarantined file with one of the same flattened name', async () => {
    await mkdir(join(directory, 'a'), { recursive: true })
    await writeFile(join(directory, 'a', 'b.json'), '{ first')
    await writeFile(join(directory, 'a__b.json'), '{ second')
    await store.list()
    const moved = (await readdir(join(directory, '.quarantine'))).filter((name) =>
      name.endsWith('.json'),
    )
    const texts = await Promise.all(
      moved.map((name) => readFile(join(directory, '.quarantine', name), 'utf8')),
    )
    expect(texts.sort()).toEqual(['{ first', '{ second'])
  })

  it('quarantines a file that parses but fails validation, naming the field', async () => {
    await writeFile(
      join(directory, 'bad.json'),
      JSON.stringify({
        schemaVersion: 1,
        name: '',
        tags: [],
        draft: createEmptyDraft('whatsapp'),
        createdAt: 'x',
        updatedAt: 'x',
      }),
    )
    const listing = await store.list()
    expect(listing.quarantined.map((notice) => notice.problem)).toEqual([
      'name: A preset needs a name.; createdAt: Invalid ISO datetime; updatedAt: Invalid ISO datetime',
    ])
  })

  it('reads a version 0 file (tags as one string, no timestamps)', async () => {
    await writeFile(
      join(directory, 'old.json'),
      JSON.stringify({ name: 'Old', tags: 'a, b', draft: createEmptyDraft('messenger') }),
    )
    const stored = await store.get('old')
    expect([stored.preset.schemaVersion, stored.preset.tags, stored.preset.description]).toEqual([
      1,
      ['a', 'b'],
      '',
    ])
  })

  it('renames, moves, duplicates, deletes and restores', async () => {
    const original = await store.save({ content: content('Order') })
    const renamed = await store.rename(original.id, 'Order shipped')
    const moved = await store.move(renamed.id, 'acme/eu')
    const copy = await store.duplicate(moved.id)
    const deleted = await store.delete(moved.id)
    const afterDelete = (await store.list()).presets.map((preset) => preset.id)
    const restored = await store.restore(deleted.id, deleted.preset)
    expect({
      ids: [renamed.id, moved.id, copy.id, copy.preset.name, restored.id],
      afterDelete,
      final: (await store.list()).presets.map((preset) => preset.id),
    }).toEqual({
      ids: [
        'order-shipped',
        'acme/eu/order-shipped',
        'acme/eu/order-shipped-copy',
        'Order shipped (copy)',
        'acme/eu/order-shipped',
      ],
      afterDelete: ['acme/eu/order-shipped-copy'],
      final: ['acme/eu/order-shipped', 'acme/eu/order-shipped-copy'],
    })
  })

  it('gives a second preset with the same name its own file', async () => {
    const first = await store.save({ content: content('Same') })
    const second = await store.save({ content: content('Same') })
    expect([first.id, second.id]).toEqual(['same', 'same-2'])
  })

  it('refuses ids that would leave the presets folder', async () => {
    await expect(store.get('../secrets')).rejects.toMatchObject({ code: 'unsafe_path' })
  })

  it('serializes concurrent saves of one preset: the file is always one whole save', async () => {
    const first = await store.save({ content: content('Busy') })
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.save({ id: first.id, content: content(`Busy ${index}`) }),
      ),
    )
    expect((await store.get(first.id)).preset.name).toBe('Busy 19')
  })

  it('keeps a save queued before a rename or a move (the file is read in its turn)', async () => {
    const first = await store.save({ folder: 'acme', content: content('Purchase') })
    const edited = { ...content('Purchase'), description: 'edited before the rename' }
    const [, renamed] = await Promise.all([
      store.save({ id: first.id, content: edited }),
      store.rename(first.id, 'Order'),
    ])
    const [, moved] = await Promise.all([
      store.save({ id: renamed.id, content: { ...edited, name: 'Order', tags: ['moved'] } }),
      store.move(renamed.id, 'other'),
    ])
    const onDisk = JSON.parse(await readFile(join(directory, 'other', 'order.json'), 'utf8'))
    expect([
      renamed.id,
      renamed.preset.description,
      moved.id,
      onDisk.description,
      onDisk.tags,
    ]).toEqual([
      'acme/order',
      'edited before the rename',
      'other/order',
      'edited before the rename',
      ['moved'],
    ])
  })

  it('announces its own writes as app changes', async () => {
    const saved = await store.save({ content: content('Told') })
    expect(events).toEqual([
      {
        origin: 'app',
        changes: [{ id: 'told', kind: 'added', revision: saved.revision }],
        quarantined: [],
      },
    ])
  })
})
