import { lstat, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { AppError } from '../../shared/result'

/** True when `candidate` is `root` or below it (both real, absolute paths). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}

async function realpathOrMissing(path: string): Promise<string | undefined> {
  try {
    return await realpath(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}

/**
 * The real path of `path` when it does not exist yet: the nearest existing folder resolved (links
 * followed), the missing rest appended as written.
 */
async function realPathOf(path: string): Promise<string> {
  const missing: string[] = []
  let current = path
  for (;;) {
    const real = await realpathOrMissing(current)
    if (real !== undefined) return join(real, ...missing.reverse())
    const parent = dirname(current)
    if (parent === current) return path
    missing.push(basename(current))
    current = parent
  }
}

export interface ConfinedTarget {
  /** The path as the store names it (inside `root`, links not resolved). */
  path: string
  /** Whether something exists at `path` (a regular file; anything else is refused). */
  exists: boolean
}

/**
 * Checks a preset path before it is read, written, moved or deleted: every folder on the way must
 * resolve (symbolic links followed) to a place inside the presets folder, and what is at the path
 * must be a regular file whose real path is inside it too. A shared presets repository may hold a
 * link to `/etc` or to `/dev/zero`: such a path is refused with a message that names the preset,
 * never the link's target or the file's content.
 */
export async function confinePresetPath(
  root: string,
  path: string,
  label: string,
  folderName = 'presets',
): Promise<ConfinedTarget> {
  const realRoot = await realPathOf(root)
  const folder = await realPathOf(dirname(path))
  if (!isInside(realRoot, folder)) {
    throw new AppError(
      'unsafe_path',
      `"${label}" is in a folder that links outside the ${folderName} folder; it was not touched.`,
    )
  }
  let info
  try {
    info = await lstat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path, exists: false }
    throw error
  }
  if (info.isSymbolicLink()) {
    const target = await realpathOrMissing(path)
    if (target === undefined || !isInside(realRoot, target)) {
      throw new AppError(
        'unsafe_path',
        `"${label}" is a link that leads outside the ${folderName} folder (or nowhere); it was not touched.`,
      )
    }
    info = await stat(target)
  }
  if (!info.isFile()) {
    throw new AppError(
      'unsafe_path',
      `"${label}" is not a regular file (a folder, device or pipe); it was not read.`,
    )
  }
  return { path, exists: true }
}
