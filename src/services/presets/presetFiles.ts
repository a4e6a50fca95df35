import { createHash } from 'node:crypto'
import { readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isValidFolder, isValidPresetId } from '../../shared/presets/presetId'
import { migratePreset, type Preset } from '../../shared/presets/presetSchema'

export const quarantineFolderName = '.quarantine'

export interface PresetFileEntry {
  id: string
  path: string
  mtimeMs: number
  size: number
}

export interface PresetTree {
  files: PresetFileEntry[]
  folders: string[]
  /** `.json` files whose name cannot be an id (spaces at the end, odd characters): reported, left alone. */
  skipped: string[]
}

/** Walks the presets directory: every `*.json` is a preset, every folder a group; dot-entries are ours. */
export async function walkPresetTree(root: string): Promise<PresetTree> {
  const tree: PresetTree = { files: [], folders: [], skipped: [] }
  await walk(root, root, tree)
  tree.files.sort((a, b) => a.id.localeCompare(b.id))
  tree.folders.sort()
  return tree
}

async function walk(root: string, directory: string, tree: PresetTree): Promise<void> {
  let entries
  try {
    entries = await readdir(directory, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(directory, entry.name)
    const relativePath = relative(root, path).split(sep).join('/')
    if (entry.isDirectory()) {
      if (!isValidFolder(relativePath)) {
        tree.skipped.push(relativePath + '/')
        continue
      }
      tree.folders.push(relativePath)
      await walk(root, path, tree)
    } else if (entry.isFile() && entry.name.endsWith('.json')) {
      const id = relativePath.slice(0, -'.json'.length)
      if (!isValidPresetId(id)) {
        tree.skipped.push(relativePath)
        continue
      }
      const info = await stat(path).catch(() => undefined)
      if (info) tree.files.push({ id, path, mtimeMs: info.mtimeMs, size: info.size })
    }
  }
}

export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

export type PresetRead =
  | { ok: true; preset: Preset; revision: string; migrated: boolean }
  | { ok: false; problem: string; revision: string }
  | { ok: false; missing: true }

/** Reads and checks one preset file; `problem` says what is wrong in words, with line and column. */
export async function readPresetFile(path: string): Promise<PresetRead> {
  let text: string
  let mtime: Date
  try {
    text = await readFile(path, 'utf8')
    mtime = (await stat(path)).mtime
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true }
    throw error
  }
  const revision = revisionOf(text)
  if (text.trim() === '') return { ok: false, problem: 'the file is empty', revision }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: describeJsonError(text, error), revision }
  }
  const parsed = migratePreset(raw, mtime.toISOString())
  if (!parsed.ok) return { ok: false, problem: parsed.problem, revision }
  return { ok: true, preset: parsed.preset, revision, migrated: parsed.migrated }
}

/** `not valid JSON at line 3, column 7 (Unexpected token ...)` from V8's "at position N". */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const match = /position (\d+)/.exec(message)
  if (!match) return `not valid JSON (${message})`
  const position = Number(match[1])
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '')
  return `not valid JSON at line ${line}, column ${column} (${reason})`
}

/** The exact bytes written for a preset: pretty-printed, stable key order, trailing newline. */
export function serializePreset(preset: Preset): string {
  const ordered = {
    schemaVersion: preset.schemaVersion,
    name: preset.name,
    description: preset.description,
    tags: preset.tags,
    connectionName: preset.connectionName,
    sampleContact: preset.sampleContact,
    draft: preset.draft,
    createdAt: preset.createdAt,
    updatedAt: preset.updatedAt,
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}

/**
 * Removes temporary files left by a process that died mid-write (`.<name>.<pid>.<random>.tmp`).
 * A file whose process is still alive (another window, the CLI) is left alone.
 */
export async function removeStaleTemporaryFiles(root: string, folders: string[]): Promise<number> {
  let removed = 0
  for (const folder of ['', ...folders]) {
    const directory = join(root, ...folder.split('/'))
    const names = await readdir(directory).catch(() => [] as string[])
    for (const name of names) {
      const match = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)
      if (!match || isAlive(Number(match[1]))) continue
      await unlink(join(directory, name)).catch(() => {})
      removed++
    }
  }
  return removed
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
