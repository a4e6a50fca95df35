import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SettingsState } from '../../shared/settings/settingsSchema'
import { SettingsStore } from './settingsStore'
import { SettingsWatcher } from './settingsWatcher'

let directory: string
let store: SettingsStore
let seen: SettingsState[]
let watcher: SettingsWatcher

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-settings-watch-'))
  store = new SettingsStore({ dataDirectory: directory })
  seen = []
  watcher = new SettingsWatcher(store, (state) => seen.push(state), { debounceMs: 20 })
  await watcher.start()
})
afterEach(async () => {
  watcher.stop()
  await rm(directory, { recursive: true, force: true })
})

/** Waits (up to 4 s) for the real fs.watch to report `count` changes. */
async function changes(count: number): Promise<SettingsState[]> {
  for (let attempt = 0; attempt < 200 && seen.length < count; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return seen
}

describe('SettingsWatcher (real fs.watch)', () => {
  it('a hand edit applies without a restart: the new values are pushed', async () => {
    await writeFile(join(directory, 'settings.json'), '{"send.timeoutMs": 2500}')
    const [state] = await changes(1)
    expect({
      timeout: state?.values['send.timeoutMs'],
      userKeys: state?.userKeys,
      current: store.values()?.['send.timeoutMs'],
    }).toEqual({ timeout: 2500, userKeys: ['send.timeoutMs'], current: 2500 })
  })

  it('an editor saving by rename (a new inode) is noticed too', async () => {
    await writeFile(join(directory, '.settings.json.tmp'), '{"workbench.theme": "light"}')
    await rename(join(directory, '.settings.json.tmp'), join(directory, 'settings.json'))
    const [state] = await changes(1)
    expect(state?.values['workbench.theme']).toBe('light')
  })

  it('a broken edit is reported with line and column, the defaults apply, the file is kept', async () => {
    const broken = '{\n  "send.timeoutMs": 2500\n  "history.size": 50\n}\n'
    await writeFile(join(directory, 'settings.json'), broken)
    const [state] = await changes(1)
    expect({
      broken: state?.broken,
      where: [state?.problems[0]?.line, state?.problems[0]?.column],
      timeout: state?.values['send.timeoutMs'],
      file: await readFile(join(directory, 'settings.json'), 'utf8'),
    }).toEqual({ broken: true, where: [3, 3], timeout: 10_000, file: broken })
  })

  it('other files in the data directory and an unchanged file push nothing', async () => {
    await writeFile(join(directory, 'other.json'), '{}')
    await writeFile(join(directory, 'settings.json'), '{"history.size": 50}')
    await changes(1)
    await writeFile(join(directory, 'settings.json'), '{"history.size": 50}')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(seen.map((state) => state.values['history.size'])).toEqual([50])
  })
})
