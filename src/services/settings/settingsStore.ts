import { lstat, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SerialQueue } from '../../base/serialQueue'
import { readSettingsText } from '../../shared/settings/readSettingsText'
import {
  SettingsChange,
  type SettingsState,
  type WorkbenchSettings,
} from '../../shared/settings/settingsSchema'
import { AppError } from '../../shared/result'
import { atomicWriteFile } from '../files/atomicWriteFile'

export interface SettingsStoreOptions {
  dataDirectory: string
  /** Called with the effective settings after every read that changed them and every save. */
  onChanged?: (values: WorkbenchSettings, userKeys: readonly string[]) => void
}

/**
 * `settings.json` in the data directory (VS Code's model): defaults, the user's file over them,
 * each key validated with zod. The file is re-read on every `get`, so a hand edit applies at the
 * next look. Saving changes only the keys given and keeps unknown keys; a broken file (or a
 * symlink, or not a regular file) is never overwritten.
 */
export class SettingsStore {
  private current: WorkbenchSettings | undefined
  private readonly queue = new SerialQueue()

  constructor(private readonly options: SettingsStoreOptions) {}

  get path(): string {
    return join(this.options.dataDirectory, 'settings.json')
  }

  /** The last effective settings (defaults until the first read). */
  values(): WorkbenchSettings | undefined {
    return this.current
  }

  async get(): Promise<SettingsState> {
    const text = await this.readText()
    const read = readSettingsText(text)
    this.publish(read.values, read.userKeys)
    return { ...read, path: this.path }
  }

  async save(change: SettingsChange): Promise<SettingsState> {
    const checked = SettingsChange.safeParse(change)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      throw new AppError(
        'invalid_setting',
        `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid value'}`,
      )
    }
    return this.queue.run('file', async () => {
      const text = await this.readText()
      const read = readSettingsText(text)
      if (read.broken) {
        throw new AppError(
          'settings_file_broken',
          `settings.json has an error (${read.problems[0]?.message ?? ''} line ${read.problems[0]?.line ?? 1}, column ${read.problems[0]?.column ?? 1}). Fix the file first; it is not overwritten.`,
        )
      }
      const document = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      // Only the keys given: zod fills defaults for the others, and those must not land in the file.
      for (const key of Object.keys(change)) {
        document[key] = (checked.data as Record<string, unknown>)[key]
      }
      await mkdir(this.options.dataDirectory, { recursive: true, mode: 0o700 })
      await atomicWriteFile(this.path, JSON.stringify(document, null, 2) + '\n')
      const after = readSettingsText(JSON.stringify(document, null, 2))
      this.publish(after.values, after.userKeys)
      return { ...after, path: this.path }
    })
  }

  private async readText(): Promise<string | undefined> {
    let stats
    try {
      stats = await lstat(this.path)
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined
      throw new AppError('settings_unreadable', 'settings.json cannot be read.')
    }
    if (!stats.isFile()) {
      // A symlink or a device could point anywhere: refused, and reported as a broken file.
      return '"settings.json is not a regular file"'
    }
    return readFile(this.path, 'utf8')
  }

  private publish(values: WorkbenchSettings, userKeys: readonly string[]): void {
    const changed = JSON.stringify(values) !== JSON.stringify(this.current)
    this.current = values
    if (changed) this.options.onChanged?.(values, userKeys)
  }
}
