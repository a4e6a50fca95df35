import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Suffix of the temporary files `atomicWriteFile` leaves behind only when the process dies mid-write. */
export const temporaryFileSuffix = '.tmp'

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never a mix:
 * temporary file in the same directory, fsync the file, rename over the target, fsync the directory
 * so the rename itself survives a power cut. Files are created owner-only (0600).
 */
export async function atomicWriteFile(path: string, data: string | Uint8Array): Promise<void> {
  const directory = dirname(path)
  const temporary = join(
    directory,
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${temporaryFileSuffix}`,
  )
  const handle = await open(temporary, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temporary).catch(() => {})
    throw error
  }
  await handle.close()
  try {
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
  await syncDirectory(directory)
}

/** fsync on a directory makes a rename or unlink in it durable; some platforms refuse, which is fine. */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(directory, 'r')
  try {
    await handle.sync()
  } catch {
    // Not supported on this filesystem: the rename is still atomic, only durability is weaker.
  } finally {
    await handle.close()
  }
}
