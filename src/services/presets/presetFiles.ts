import { createHash } from 'node:crypto'
import { constants, type Stats } from 'node:fs'
import { open, readdir, stat, unlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isValidFolder, isValidPresetId } from '../../shared/presets/presetId'
import { migratePreset, type Preset } from '../../shared/presets/presetSchema'
import { AppError } from '../../shared/result'

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
    } else if (entry.isSymbolicLink()) {
      // Links are not followed by the listing (a link may lead out of presets/ or to a device).
      if (entry.name.endsWith('.json')) tree.skipped.push(relativePath)
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

/** Larger preset files are refused unread (a preset is a few KB; a link to a device is endless). */
export const maxPresetFileBytes = 2 * 1024 * 1024

export const emptyFileProblem = 'the file is empty'

export type PresetRead =
  | { ok: true; preset: Preset; revision: string; migrated: boolean; size: number; mtimeMs: number }
  | {
      ok: false
      problem: string
      revision: string
      size: number
      mtimeMs: number
      /** Empty or cut off mid-value: most likely being written right now; read again later. */
      incomplete: boolean
    }
  | { ok: false; missing: true }

/**
 * The check a store's save makes before writing over a file (presets, contacts): the file must
 * still be at the revision the editor opened (`expected`; `null` = it did not exist, `undefined` =
 * no check asked for). Throws `conflict` with the store's own words; returns whether the file exists.
 */
export function checkExpectedRevision(
  current: { ok: boolean; revision: string } | { ok: false; missing: true },
  expected: string | null | undefined,
  words: { changed: string; gone: string },
): boolean {
  const exists = !('missing' in current)
  const currentRevision = 'revision' in current ? current.revision : null
  if (expected !== undefined && expected !== currentRevision)
    throw new AppError('conflict', exists ? words.changed : words.gone)
  return exists
}

export type JsonFileRead =
  | { ok: true; raw: unknown; revision: string; size: number; mtimeMs: number; mtime: Date }
  | Exclude<PresetRead, { ok: true }>

/**
 * Reads one JSON file of a store (presets, contacts); `problem` says what is wrong in words, with
 * line and column, never quoting the file. Only a regular file is read (opened non-blocking,
 * checked on the open handle, at most `maxPresetFileBytes`): a FIFO or a device is refused, not
 * read until memory runs out.
 */
export async function readJsonFile(path: string, noun = 'A preset'): Promise<JsonFileRead> {
  let text: string
  let info: Stats
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true }
    throw error
  }
  try {
    info = await handle.stat()
    if (!info.isFile()) {
      throw new AppError('unsafe_path', `${noun} path is not a regular file; it was not read.`)
    }
    if (info.size > maxPresetFileBytes) {
      return {
        ok: false,
        problem: `the file is larger than ${maxPresetFileBytes / 1024 / 1024} MB`,
        revision: `size-${info.size}`,
        size: info.size,
        mtimeMs: info.mtimeMs,
        incomplete: false,
      }
    }
    const buffer = Buffer.alloc(Math.min(info.size + 1, maxPresetFileBytes + 1))
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length >= buffer.length) break
    }
    text = buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
  const facts = { size: info.size, mtimeMs: info.mtimeMs }
  const revision = revisionOf(text)
  if (text.trim() === '') {
    return { ok: false, problem: emptyFileProblem, revision, ...facts, incomplete: true }
  }
  try {
    return { ok: true, raw: JSON.parse(text), revision, ...facts, mtime: info.mtime }
  } catch (error) {
    return {
      ok: false,
      problem: describeJsonError(text, error),
      revision,
      ...facts,
      incomplete: /Unexpected end of JSON input|Unterminated string/i.test(String(error)),
    }
  }
}

/** Reads and checks one preset file (see `readJsonFile`), older schema versions migrated. */
export async function readPresetFile(path: string): Promise<PresetRead> {
  const read = await readJsonFile(path)
  if (!read.ok) return read
  const { revision, size, mtimeMs } = read
  const parsed = migratePreset(read.raw, read.mtime.toISOString())
  if (!parsed.ok)
    return { ok: false, problem: parsed.problem, revision, size, mtimeMs, incomplete: false }
  return { ok: true, preset: parsed.preset, revision, migrated: parsed.migrated, size, mtimeMs }
}

/**
 * `not valid JSON at line 3, column 7 (unexpected character)` from V8's "at position N". The
 * engine's own message quotes the text around the error: it is replaced by a plain reason so a
 * file's content (a link to a secret, say) never reaches a message, a log or the quarantine note.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const reason = jsonErrorReason(message)
  const match = /position (\d+)/.exec(message)
  if (!match) return `not valid JSON (${reason})`
  const position = Number(match[1])
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `not valid JSON at line ${line}, column ${column} (${reason})`
}

function jsonErrorReason(message: string): string {
  if (/Unexpected end/i.test(message)) return 'the text ends before the JSON value does'
  if (/Unterminated string/i.test(message)) return 'a string is not closed'
  if (/Bad control character/i.test(message)) return 'a control character inside a string'
  if (/Bad escape|escaped character|Bad Unicode/i.test(message)) return 'a bad escape in a string'
  if (/Expected (double-quoted )?property name/i.test(message))
    return 'expected a property name in double quotes'
  if (/Expected ',' or '}'/i.test(message)) return "expected ',' or '}'"
  if (/Expected ',' or ']'/i.test(message)) return "expected ',' or ']'"
  if (/Expected ':'/i.test(message)) return "expected ':' after a property name"
  if (/after JSON|non-whitespace/i.test(message)) return 'more text after the JSON value'
  if (/Unexpected token|Unexpected character|Unexpected number|Unexpected string/i.test(message))
    return 'unexpected character'
  return 'syntax error'
}

/**
 * The exact bytes written for a preset: pretty-printed, stable key order, trailing newline. A raw
 * preset's body is one JSON string, so its text (big integers, spacing, key order) is kept exactly.
 */
export function serializePreset(preset: Preset): string {
  const common = {
    schemaVersion: preset.schemaVersion,
    // A draft preset is written as before kinds existed (no `kind`), so its bytes do not change.
    kind: preset.kind === 'draft' ? undefined : preset.kind,
    name: preset.name,
    description: preset.description,
    tags: preset.tags,
    connectionName: preset.connectionName,
    defaultContact: preset.defaultContact,
  }
  const stamps = { createdAt: preset.createdAt, updatedAt: preset.updatedAt }
  const ordered =
    preset.kind === 'raw'
      ? { ...common, sendSettings: preset.sendSettings, body: preset.body, ...stamps }
      : preset.kind === 'step'
        ? { ...common, step: preset.step, contact: preset.contact, ...stamps }
        : { ...common, sampleContact: preset.sampleContact, draft: preset.draft, ...stamps }
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
