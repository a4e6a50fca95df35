import { lstat, mkdir, realpath, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError } from '../../shared/result'
import { confinePresetPath } from './confinedPath'
import { syncDirectory } from '../files/atomicWriteFile'
import { quarantineFolderName } from './presetFiles'

export interface QuarantineNotice {
  /** The preset file as it was, relative to the presets folder: `acme/broken.json`. */
  file: string
  problem: string
  /** Where it went, relative to the presets folder: `.quarantine/acme__broken.20261125T140000Z.json`. */
  movedTo: string
  message: string
  at: string
}

/**
 * Moves a bad preset file aside so every other preset still loads, with a `.txt` beside it that
 * says what was wrong. Nothing is deleted: fix the file and move it back.
 */
export async function quarantineFile(
  presetsDirectory: string,
  relativeFile: string,
  problem: string,
  now: Date,
  kind: { noun: string; folder: string } = { noun: 'Preset', folder: 'presets' },
): Promise<QuarantineNotice> {
  const folder = join(presetsDirectory, quarantineFolderName)
  await mkdir(folder, { recursive: true, mode: 0o700 })
  // The source and .quarantine itself must stay inside presets/ (either may be a planted link).
  await confinePresetPath(
    presetsDirectory,
    join(presetsDirectory, relativeFile),
    relativeFile,
    kind.folder,
  )
  const [realRoot, realFolder] = await Promise.all([realpath(presetsDirectory), realpath(folder)])
  if (dirname(realFolder) !== realRoot) {
    throw new AppError(
      'unsafe_path',
      `${quarantineFolderName} is a link out of the ${kind.folder} folder; "${relativeFile}" was not moved.`,
    )
  }
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const flatName = relativeFile
    .replace(/\.json$/, '')
    .split('/')
    .join('__')
  // `a/b.json` and `a__b.json` flatten alike, and one file may come back broken within a second:
  // a numbered name keeps an earlier quarantined copy from being replaced.
  let movedName = `${flatName}.${stamp}.json`
  for (
    let copy = 2;
    (await exists(join(folder, movedName))) || (await exists(join(folder, `${movedName}.txt`)));
    copy++
  ) {
    movedName = `${flatName}.${stamp}-${copy}.json`
  }
  await rename(join(presetsDirectory, relativeFile), join(folder, movedName))
  const message = `${kind.noun} file "${relativeFile}" could not be loaded and was moved to ${quarantineFolderName}/${movedName}: ${problem}. The other ${kind.folder} are not affected; fix the file and move it back to load it.`
  // Created exclusively: a file (or link) planted under the note's name is never written through.
  await writeFile(join(folder, `${movedName}.txt`), message + '\n', { mode: 0o600, flag: 'wx' })
  await syncDirectory(folder)
  await syncDirectory(join(presetsDirectory, ...relativeFile.split('/').slice(0, -1)))
  return {
    file: relativeFile,
    problem,
    movedTo: `${quarantineFolderName}/${movedName}`,
    message,
    at: now.toISOString(),
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}
