import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { AutosaveEntry } from '../../shared/contract/presetsChannels'
import { atomicWriteFile } from '../files/atomicWriteFile'
import { removeStaleTemporaryFiles } from './presetFiles'
import { SerialQueue } from '../../base/serialQueue'

export interface AutosaveStoreOptions {
  /** `<data dir>/autosave` */
  directory: string
  now: () => Date
}

/**
 * Drafts of open editor tabs, written as the person types (the renderer debounces to ~500 ms, so a
 * crash loses at most a second) and offered back at the next start. One small file per tab.
 */
export class AutosaveStore {
  private readonly queue = new SerialQueue()

  constructor(private readonly options: AutosaveStoreOptions) {}

  async save(entry: Omit<z.input<typeof AutosaveEntry>, 'savedAt'>): Promise<{ savedAt: string }> {
    const savedAt = this.options.now().toISOString()
    const full = AutosaveEntry.parse({ ...entry, savedAt })
    const path = this.pathOf(entry.key)
    await this.queue.run(path, async () => {
      await mkdir(this.options.directory, { recursive: true, mode: 0o700 })
      await atomicWriteFile(path, JSON.stringify(full, null, 2) + '\n')
    })
    return { savedAt }
  }

  /** Every autosaved draft that still parses, newest first; unreadable leftovers are removed. */
  async list(): Promise<AutosaveEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.options.directory)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    // Only temporary files of a process that died mid-write: another window's (or this one's)
    // write in progress would otherwise lose its file just before the rename.
    await removeStaleTemporaryFiles(this.options.directory, [])
    const entries: AutosaveEntry[] = []
    for (const name of names) {
      const path = join(this.options.directory, name)
      if (!name.endsWith('.json')) continue
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        continue // unreadable right now (locked, permissions): kept for the next start
      }
      let parsed: ReturnType<typeof AutosaveEntry.safeParse> | undefined
      try {
        parsed = AutosaveEntry.safeParse(JSON.parse(text))
      } catch {
        parsed = undefined
      }
      if (parsed?.success) entries.push(parsed.data)
      else await unlink(path).catch(() => {})
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  async clear(key: string): Promise<{ cleared: boolean }> {
    const path = this.pathOf(key)
    return this.queue.run(path, async () => {
      try {
        await unlink(path)
        return { cleared: true }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cleared: false }
        throw error
      }
    })
  }

  private pathOf(key: string): string {
    const safe = key.replace(/[^A-Za-z0-9_-]/g, (char) => `~${char.charCodeAt(0).toString(16)}`)
    return join(this.options.directory, `${safe}.json`)
  }
}
