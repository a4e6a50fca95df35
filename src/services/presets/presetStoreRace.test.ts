import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { PresetStore } from './presetStore'

let directory: string
let writer: ChildProcess | undefined

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-preset-race-'))
})
afterEach(async () => {
  writer?.kill('SIGKILL')
  writer = undefined
  await rm(directory, { recursive: true, force: true })
})

/** Another program (an editor, git checkout) rewriting a valid preset in place, non-atomically. */
function startInPlaceWriter(path: string, text: string): ChildProcess {
  const script = `
    const fs = require('node:fs')
    const [path, text] = [process.argv[1], process.argv[2]]
    const half = Math.floor(text.length / 2)
    process.stdout.write('ready\\n')
    for (;;) {
      const fd = fs.openSync(path, 'w')          // truncates: the file is empty now
      fs.writeSync(fd, text.slice(0, half))      // half written: cut off mid-value
      const until = Date.now() + 2
      while (Date.now() < until) {}
      fs.writeSync(fd, text.slice(half))
      fs.closeSync(fd)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3)
    }`
  return spawn(process.execPath, ['-e', script, path, text], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
}

describe('PresetStore.list() while another process rewrites a preset in place', () => {
  it('never quarantines the valid preset it caught half-written', async () => {
    const store = new PresetStore({ directory, now: () => new Date(), settleMs: 30 })
    const saved = await store.save({
      content: { name: 'Busy', description: '', tags: [], draft: createEmptyDraft('whatsapp') },
    })
    const path = store.pathOf(saved.id)
    const text = await readFile(path, 'utf8')
    writer = startInPlaceWriter(path, text)
    await new Promise((resolve) => writer!.stdout!.once('data', resolve))
    let listedWhole = 0
    for (let attempt = 0; attempt < 150; attempt++) {
      const listing = await store.list()
      if (listing.presets.some((preset) => preset.id === saved.id)) listedWhole++
      expect(listing.quarantined).toEqual([])
    }
    writer.kill('SIGKILL')
    const quarantine = await readdir(join(directory, '.quarantine')).catch(() => [])
    expect({ quarantine, listedSome: listedWhole > 0 }).toEqual({
      quarantine: [],
      listedSome: true,
    })
  })

  it('leaves an empty file alone ("retry later") and still quarantines one that stays broken', async () => {
    const store = new PresetStore({ directory, now: () => new Date(), settleMs: 20 })
    await writeFile(join(directory, 'empty.json'), '')
    await writeFile(join(directory, 'broken.json'), '{"name": nope}\n')
    const listing = await store.list()
    expect({
      files: (await readdir(directory)).filter((name) => !name.startsWith('.')).sort(),
      quarantined: listing.quarantined.map((notice) => notice.file),
    }).toEqual({ files: ['empty.json'], quarantined: ['broken.json'] })
    await expect(store.get('empty')).rejects.toMatchObject({ code: 'preset_busy' })
  })
})
