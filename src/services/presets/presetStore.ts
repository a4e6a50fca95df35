import { mkdir, rmdir, unlink } from 'node:fs/promises'
import type { z } from 'zod'
import { join } from 'node:path'
import type {
  PresetsChanged,
  PresetSummary,
  StoredPreset,
} from '../../shared/contract/presetsChannels'
import { AppError } from '../../shared/result'
import { baseNameOf, folderOf, joinId, slugify } from '../../shared/presets/presetId'
import {
  Preset,
  PresetContent,
  presetSchemaVersion,
  type PresetContentInput,
} from '../../shared/presets/presetSchema'
import { atomicWriteFile, syncDirectory } from '../files/atomicWriteFile'
import { confinePresetPath } from './confinedPath'
import { presetBusy, readSettled } from './readSettled'
import {
  type PresetRead,
  readPresetFile,
  removeStaleTemporaryFiles,
  revisionOf,
  serializePreset,
  walkPresetTree,
  checkExpectedRevision,
} from './presetFiles'
import { quarantineFile, type QuarantineNotice } from './quarantine'
import { parseContent, summarize } from './presetSummary'
import { SerialQueue } from '../../base/serialQueue'

export interface PresetStoreOptions {
  /** `<data dir>/presets` */
  directory: string
  now: () => Date
  /** Told about every change, ours (`app`) and others' (`external`, found by the watcher). */
  onChanged?: (event: PresetsChanged) => void
  /** How long a broken file must stay unchanged before the listing quarantines it (default 150 ms). */
  settleMs?: number
}

export interface PresetSaveInput {
  id?: string
  folder?: string
  content: PresetContentInput
  /** The revision the editor started from; `null` = the file must not exist yet. */
  expectedRevision?: string | null
}

const structureKey = '\0structure'

/**
 * Presets as files: one pretty-printed JSON file per preset under `directory`, folders for groups.
 * Writes are atomic and serialized per file; a file that does not load is quarantined (moved aside
 * with a message) so every other preset still loads; a save that names an older revision than the
 * one on disk is refused with `conflict` instead of overwriting someone else's change.
 */
export class PresetStore {
  private readonly queue = new SerialQueue()
  /** Revisions as last seen or written, so the watcher can tell external changes from ours. */
  readonly known = new Map<string, { revision: string; mtimeMs: number; size: number }>()
  readonly quarantined: QuarantineNotice[] = []

  constructor(private readonly options: PresetStoreOptions) {}

  get directory(): string {
    return this.options.directory
  }

  pathOf(id: string): string {
    return join(this.options.directory, ...id.split('/')) + '.json'
  }

  async list(): Promise<{
    presets: PresetSummary[]
    folders: string[]
    quarantined: QuarantineNotice[]
  }> {
    await mkdir(this.options.directory, { recursive: true, mode: 0o700 })
    const tree = await walkPresetTree(this.options.directory)
    await removeStaleTemporaryFiles(this.options.directory, tree.folders)
    const presets: PresetSummary[] = []
    this.known.clear()
    for (const file of tree.files) {
      const read = await this.readSettled(file.id)
      if (read === undefined) continue
      this.known.set(file.id, { revision: read.revision, mtimeMs: read.mtimeMs, size: read.size })
      presets.push(summarize(file.id, read.preset, read.revision))
    }
    return { presets, folders: tree.folders, quarantined: [...this.quarantined] }
  }

  async get(id: string): Promise<StoredPreset> {
    const read = await this.read(id)
    if ('missing' in read) throw new AppError('not_found', `There is no preset "${id}".`)
    if (!read.ok) {
      if (read.incomplete) throw presetBusy(id)
      const notice = await this.quarantine(`${id}.json`, read.problem)
      throw new AppError('preset_invalid', notice.message)
    }
    return { id, revision: read.revision, preset: read.preset }
  }

  private readSettled(id: string): Promise<Extract<PresetRead, { ok: true }> | undefined> {
    return readSettled({
      read: () => this.read(id),
      inQueue: (task) => this.queue.run(this.pathOf(id), task),
      quarantine: (problem) => this.quarantine(`${id}.json`, problem),
      settleMs: this.options.settleMs ?? 150,
    })
  }

  /** The preset file after checking its path stays inside presets/ and is a regular file. */
  private async read(id: string): Promise<PresetRead> {
    await this.confine(id)
    return readPresetFile(this.pathOf(id))
  }

  private confine(id: string): Promise<unknown> {
    return confinePresetPath(this.options.directory, this.pathOf(id), id)
  }

  async save(input: PresetSaveInput): Promise<StoredPreset> {
    const content = parseContent(input.content)
    if (input.id === undefined) {
      return this.queue.run(structureKey, async () => {
        const id = await this.freeId(input.folder ?? '', slugify(content.name))
        return this.writePreset(id, this.stamp(content), 'added')
      })
    }
    const id = input.id
    return this.queue.run(this.pathOf(id), async () => {
      const current = await this.read(id)
      const exists = checkExpectedRevision(current, input.expectedRevision, {
        changed: `"${id}" was changed outside this tab since it was opened. Reload it, or save under another name.`,
        gone: `"${id}" no longer exists on disk. Save it again as a new preset.`,
      })
      const createdAt = current.ok ? current.preset.createdAt : undefined
      return this.writePreset(id, this.stamp(content, createdAt), exists ? 'modified' : 'added')
    })
  }

  async restore(id: string, preset: z.input<typeof Preset>): Promise<StoredPreset> {
    return this.queue.run(this.pathOf(id), async () => {
      const current = await this.read(id)
      if (!('missing' in current)) {
        throw new AppError('conflict', `"${id}" exists again; restore refused to overwrite it.`)
      }
      await mkdir(join(this.options.directory, ...folderOf(id).split('/')), {
        recursive: true,
        mode: 0o700,
      })
      return this.writePreset(id, Preset.parse(preset), 'added')
    })
  }

  /** The preset is read inside the file's queue, so a save queued before the rename is kept. */
  async rename(id: string, name: string): Promise<StoredPreset> {
    const renamed = (preset: Preset): Preset => ({
      ...preset,
      name,
      updatedAt: this.options.now().toISOString(),
    })
    const wanted = slugify(name)
    if (baseNameOf(id) === wanted) {
      return this.queue.run(this.pathOf(id), async () => {
        const { preset } = await this.get(id)
        return this.writePreset(id, renamed(preset), 'modified')
      })
    }
    return this.relocate(id, folderOf(id), wanted, renamed)
  }

  async move(id: string, folder: string): Promise<StoredPreset> {
    if (folderOf(id) === folder) return this.get(id)
    await this.get(id)
    await this.createFolder(folder)
    return this.relocate(id, folder, baseNameOf(id), (preset) => preset)
  }

  async duplicate(id: string): Promise<StoredPreset> {
    const { preset } = await this.get(id)
    const now = this.options.now().toISOString()
    const copy = { ...preset, name: `${preset.name} (copy)`, createdAt: now, updatedAt: now }
    return this.queue.run(structureKey, async () => {
      const newId = await this.freeId(folderOf(id), slugify(copy.name))
      return this.writePreset(newId, copy, 'added')
    })
  }

  async delete(id: string): Promise<StoredPreset> {
    return this.queue.run(this.pathOf(id), async () => {
      const stored = await this.get(id)
      await unlink(this.pathOf(id))
      await syncDirectory(join(this.options.directory, ...folderOf(id).split('/')))
      this.known.delete(id)
      this.options.onChanged?.({
        origin: 'app',
        changes: [{ id, kind: 'removed' }],
        quarantined: [],
      })
      return stored
    })
  }

  async createFolder(folder: string): Promise<{ folder: string }> {
    if (folder !== '') {
      await confinePresetPath(
        this.options.directory,
        join(this.options.directory, ...folder.split('/'), '.folder'),
        folder,
      )
      await mkdir(join(this.options.directory, ...folder.split('/')), {
        recursive: true,
        mode: 0o700,
      })
    }
    return { folder }
  }

  async deleteFolder(folder: string): Promise<{ folder: string }> {
    if (folder === '') throw new AppError('invalid_input', 'The top level cannot be deleted.')
    await confinePresetPath(
      this.options.directory,
      join(this.options.directory, ...folder.split('/'), '.folder'),
      folder,
    )
    try {
      await rmdir(join(this.options.directory, ...folder.split('/')))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOTEMPTY' || code === 'EEXIST') {
        throw new AppError(
          'folder_not_empty',
          `Folder "${folder}" still holds presets; move or delete them first.`,
        )
      }
      if (code === 'ENOENT') throw new AppError('not_found', `There is no folder "${folder}".`)
      throw error
    }
    return { folder }
  }

  async quarantine(relativeFile: string, problem: string): Promise<QuarantineNotice> {
    const notice = await quarantineFile(
      this.options.directory,
      relativeFile,
      problem,
      this.options.now(),
    )
    this.quarantined.push(notice)
    this.known.delete(relativeFile.replace(/\.json$/, ''))
    return notice
  }

  /** Resolves when every queued write has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue.idle()
  }

  private stamp(content: PresetContent, createdAt?: string): Preset {
    const now = this.options.now().toISOString()
    return {
      ...content,
      schemaVersion: presetSchemaVersion,
      createdAt: createdAt ?? now,
      updatedAt: now,
    }
  }

  /**
   * Writes under a new name without ever replacing another file, then removes the old one. The
   * current file is read here, after any write queued before, so no save is lost.
   */
  private relocate(
    id: string,
    folder: string,
    baseName: string,
    change: (preset: Preset) => Preset,
  ): Promise<StoredPreset> {
    return this.queue.run(this.pathOf(id), () =>
      this.queue.run(structureKey, async () => {
        const { preset } = await this.get(id)
        const newId = await this.freeId(folder, baseName)
        const stored = await this.writePreset(newId, change(preset), 'added', false)
        await unlink(this.pathOf(id))
        await syncDirectory(join(this.options.directory, ...folderOf(id).split('/')))
        this.known.delete(id)
        this.options.onChanged?.({
          origin: 'app',
          changes: [
            { id, kind: 'removed' },
            { id: newId, kind: 'added', revision: stored.revision },
          ],
          quarantined: [],
        })
        return stored
      }),
    )
  }

  private async freeId(folder: string, baseName: string): Promise<string> {
    for (let attempt = 1; attempt < 10_000; attempt++) {
      const candidate = joinId(folder, attempt === 1 ? baseName : `${baseName}-${attempt}`)
      const read = await this.read(candidate)
      if ('missing' in read) return candidate
    }
    throw new AppError('internal', `No free file name for "${baseName}".`)
  }

  private async writePreset(
    id: string,
    preset: Preset,
    kind: 'added' | 'modified',
    announce = true,
  ): Promise<StoredPreset> {
    const text = serializePreset(preset)
    const path = this.pathOf(id)
    await this.confine(id)
    await mkdir(join(this.options.directory, ...folderOf(id).split('/')), {
      recursive: true,
      mode: 0o700,
    })
    await atomicWriteFile(path, text)
    const revision = revisionOf(text)
    this.known.set(id, { revision, mtimeMs: -1, size: Buffer.byteLength(text) })
    if (announce) {
      this.options.onChanged?.({
        origin: 'app',
        changes: [{ id, kind, revision }],
        quarantined: [],
      })
    }
    return { id, revision, preset }
  }
}
