import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { AutosaveStore } from './autosaveStore'

let directory: string
let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 25, 14, 0, tick++))

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-autosave-'))
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('AutosaveStore', () => {
  it('keeps the latest draft per tab, lists newest first, clears on save, drops junk', async () => {
    const store = new AutosaveStore({ directory, now: clock })
    const draft = createEmptyDraft('instagram')
    await store.save({
      key: 'acme/purchase',
      presetId: 'acme/purchase',
      title: 'Purchase',
      content: { name: 'Purchase', draft },
    })
    await store.save({ key: 'draft:1', title: 'Untitled', content: { draft } })
    await store.save({
      key: 'acme/purchase',
      presetId: 'acme/purchase',
      title: 'Purchase',
      content: { name: 'Purchase 2', draft },
    })
    await writeFile(join(directory, 'junk.json'), '{"key":')
    const listed = await new AutosaveStore({ directory, now: clock }).list()
    const cleared = await store.clear('draft:1')
    expect({
      listed: listed.map((entry) => [entry.key, entry.content.name, entry.savedAt]),
      cleared,
      after: (await store.list()).map((entry) => entry.key),
    }).toEqual({
      listed: [
        ['acme/purchase', 'Purchase 2', '2026-11-25T14:00:02.000Z'],
        ['draft:1', undefined, '2026-11-25T14:00:01.000Z'],
      ],
      cleared: { cleared: true },
      after: ['acme/purchase'],
    })
  })
})
