import { execFileSync } from 'node:child_process'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { PresetStore } from './presetStore'
import { serializePreset } from './presetFiles'
import { importBundle } from '../transfer/presetBundle'

const now = () => new Date('2026-11-25T14:00:00.000Z')
let root: string
let presets: string
let outside: string
let store: PresetStore

const content = (name: string) => ({
  name,
  description: '',
  tags: [],
  draft: createEmptyDraft('whatsapp'),
})
const presetText = (name: string) =>
  serializePreset({
    ...content(name),
    kind: 'draft',
    schemaVersion: 1,
    createdAt: now().toISOString(),
    updatedAt: now().toISOString(),
  })

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'capi-preset-links-'))
  presets = join(root, 'presets')
  outside = join(root, 'outside')
  await mkdir(presets)
  await mkdir(outside)
  store = new PresetStore({ directory: presets, now, settleMs: 10 })
})
afterEach(() => rm(root, { recursive: true, force: true }))

const outsideFiles = () => readdir(outside).then((names) => names.sort())

describe.skipIf(process.platform === 'win32')('PresetStore and links inside presets/', () => {
  it('refuses to save, delete or move through a folder that links outside', async () => {
    await writeFile(join(outside, 'victim.json'), presetText('Victim'))
    await symlink(outside, join(presets, 'shared'))
    const results = await Promise.allSettled([
      store.save({ folder: 'shared', content: content('Planted') }),
      store.save({ id: 'shared/planted', content: content('Planted') }),
      store.delete('shared/victim'),
      store.move('shared/victim', ''),
      store.rename('shared/victim', 'Renamed'),
      store.get('shared/victim'),
      store.restore('shared/restored', {
        ...content('R'),
        schemaVersion: 1,
        createdAt: now().toISOString(),
        updatedAt: now().toISOString(),
      }),
      store.move('victim-nope', 'shared'),
    ])
    expect(results.map((result) => result.status)).toEqual(Array(8).fill('rejected'))
    for (const result of results.slice(0, 7)) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'unsafe_path' })
    }
    expect(await outsideFiles()).toEqual(['victim.json'])
    expect(await readFile(join(outside, 'victim.json'), 'utf8')).toBe(presetText('Victim'))
    const listing = await store.list()
    expect(listing.presets).toEqual([])
  })

  it('imports a bundle without writing through a folder that links outside', async () => {
    await symlink(outside, join(presets, 'shared'))
    const preset = (name: string) => ({
      ...content(name),
      schemaVersion: 1,
      createdAt: now().toISOString(),
      updatedAt: now().toISOString(),
    })
    const bundle = JSON.stringify({
      format: 'capi-workbench-presets',
      schemaVersion: 1,
      exportedAt: now().toISOString(),
      scope: 'everything',
      presets: [
        { id: 'shared/planted', preset: preset('Planted') },
        { id: 'fine', preset: preset('Fine') },
      ],
    })
    const result = await importBundle(store, bundle, {}, now())
    expect({
      imported: result.imported.map((item) => item.id),
      skipped: result.skipped.map((item) => item.id),
      outside: await outsideFiles(),
    }).toEqual({ imported: ['fine'], skipped: ['shared/planted'], outside: [] })
  })

  it('moving a preset into a folder that links outside is refused', async () => {
    const saved = await store.save({ content: content('Mine') })
    await symlink(outside, join(presets, 'shared'))
    await expect(store.move(saved.id, 'shared')).rejects.toMatchObject({ code: 'unsafe_path' })
    expect(await outsideFiles()).toEqual([])
    expect((await store.get(saved.id)).preset.name).toBe('Mine')
  })

  it('never reads a linked file from outside, nor quotes its content in a message', async () => {
    await writeFile(join(outside, 'secret.txt'), 'TOPSECRET-EAAB1234 {not json')
    await symlink(join(outside, 'secret.txt'), join(presets, 'leak.json'))
    const error = await store.get('leak').catch((caught: Error) => caught)
    expect(error).toMatchObject({ code: 'unsafe_path' })
    expect(String((error as Error).message)).not.toContain('TOPSECRET')
    const listing = await store.list()
    expect(listing.quarantined).toEqual([])
    expect(await outsideFiles()).toEqual(['secret.txt'])
    expect((await lstat(join(presets, 'leak.json'))).isSymbolicLink()).toBe(true)
  })

  it('refuses a link to /dev/zero and a FIFO without reading them', async () => {
    await symlink('/dev/zero', join(presets, 'zero.json'))
    execFileSync('mkfifo', [join(presets, 'pipe.json')])
    const started = Date.now()
    await expect(store.get('zero')).rejects.toMatchObject({ code: 'unsafe_path' })
    await expect(store.get('pipe')).rejects.toMatchObject({ code: 'unsafe_path' })
    await expect(store.save({ id: 'zero', content: content('Z') })).rejects.toMatchObject({
      code: 'unsafe_path',
    })
    const listing = await store.list()
    expect({ presets: listing.presets, quarantined: listing.quarantined }).toEqual({
      presets: [],
      quarantined: [],
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('allows a link that stays inside presets/', async () => {
    const saved = await store.save({ folder: 'real', content: content('Inside') })
    await symlink(join(presets, 'real'), join(presets, 'alias'))
    expect((await store.get('alias/inside')).preset.name).toBe('Inside')
    expect(saved.id).toBe('real/inside')
  })

  it('never quotes a broken file in its quarantine message', async () => {
    await writeFile(join(presets, 'broken.json'), '{"name": TOPSECRET-EAAB1234}\n')
    const listing = await store.list()
    const note = await readdir(join(presets, '.quarantine'))
    const noteText = await readFile(
      join(
        presets,
        '.quarantine',
        note.find((name) => name.endsWith('.txt'))!,
      ),
      'utf8',
    )
    expect(listing.quarantined).toHaveLength(1)
    expect(listing.quarantined[0]!.message).not.toContain('TOPSECRET')
    expect(noteText).not.toContain('TOPSECRET')
  })

  it('writes the quarantine note with exclusive creation, never through a planted link', async () => {
    await mkdir(join(presets, '.quarantine'))
    const planted = join(outside, 'overwritten.txt')
    await symlink(planted, join(presets, '.quarantine', 'broken.20261125T140000Z.json.txt'))
    await writeFile(join(presets, 'broken.json'), '{"name": 1}\n')
    const listing = await store.list()
    expect(listing.quarantined.map((notice) => notice.movedTo)).toEqual([
      '.quarantine/broken.20261125T140000Z-2.json',
    ])
    expect(await outsideFiles()).toEqual([])
  })

  it('refuses to quarantine into a .quarantine folder that links outside', async () => {
    await symlink(outside, join(presets, '.quarantine'))
    await writeFile(join(presets, 'broken.json'), '{"name": 1}\n')
    await store.list()
    expect(await outsideFiles()).toEqual([])
    expect(await readFile(join(presets, 'broken.json'), 'utf8')).toBe('{"name": 1}\n')
  })
})
