import { mkdtemp, rm, writeFile, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import type { PresetsChanged } from '../../shared/contract/presetsChannels'
import { revisionOf } from './presetFiles'
import { PresetStore } from './presetStore'
import { PresetWatcher } from './presetWatcher'

let directory: string
let store: PresetStore
let external: PresetsChanged[]
let watcher: PresetWatcher

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-watch-'))
  store = new PresetStore({ directory, now: () => new Date('2026-11-25T14:00:00Z') })
  external = []
  watcher = new PresetWatcher(store, (event) => external.push(event), {
    debounceMs: 20,
    settleMs: 1,
    sleep: async () => {},
  })
})
afterEach(async () => {
  watcher.stop()
  await rm(directory, { recursive: true, force: true })
})

function fileText(name: string): string {
  return JSON.stringify(
    {
      schemaVersion: 1,
      name,
      description: '',
      tags: [],
      draft: createEmptyDraft('whatsapp'),
      createdAt: '2026-11-25T14:00:00Z',
      updatedAt: '2026-11-25T14:00:00Z',
    },
    null,
    2,
  )
}

describe('PresetWatcher', () => {
  it('reports edits made outside the app, and not the app’s own saves', async () => {
    const saved = await store.save({
      content: { name: 'Mine', draft: createEmptyDraft('whatsapp') },
    })
    await store.list()
    expect(await watcher.rescan()).toBeUndefined()
    await writeFile(join(directory, 'mine.json'), fileText('Changed in an editor'))
    await writeFile(join(directory, 'new.json'), fileText('From git pull'))
    const event = await watcher.rescan()
    expect(event).toEqual({
      origin: 'external',
      changes: [
        { id: 'mine', kind: 'modified', revision: revisionOf(fileText('Changed in an editor')) },
        { id: 'new', kind: 'added', revision: revisionOf(fileText('From git pull')) },
      ],
      quarantined: [],
    })
    expect(saved.revision).not.toBe(event?.changes[0]?.revision)
    await unlink(join(directory, 'new.json'))
    expect((await watcher.rescan())?.changes).toEqual([{ id: 'new', kind: 'removed' }])
  })

  it('quarantines a broken external edit that stays broken', async () => {
    await store.list()
    await writeFile(join(directory, 'half.json'), '{"name": ')
    const event = await watcher.rescan()
    expect(event?.quarantined.map((notice) => notice.file)).toEqual(['half.json'])
  })

  it('notices a change through fs.watch', async () => {
    await watcher.start()
    await writeFile(join(directory, 'watched.json'), fileText('Watched'))
    for (let attempt = 0; attempt < 100 && external.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(external[0]?.changes.map((change) => [change.id, change.kind])).toEqual([
      ['watched', 'added'],
    ])
  })
})
