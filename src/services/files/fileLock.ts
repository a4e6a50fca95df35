import { open, readFile, stat, unlink } from 'node:fs/promises'
import { AppError } from '../../shared/result'

export interface FileLockOptions {
  /** Give up after this long (default 10 s): another process holds the lock for too long. */
  timeoutMs?: number
  /** A lock older than this whose process cannot be checked is taken over (default 30 s). */
  staleMs?: number
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function removeIfStale(path: string, staleMs: number): Promise<void> {
  const [text, info] = await Promise.all([
    readFile(path, 'utf8').catch(() => undefined),
    stat(path).catch(() => undefined),
  ])
  if (text === undefined || info === undefined) return
  const pid = Number(text.split('\n')[0])
  const dead = text.trim() !== '' && !isAlive(pid)
  const old = Date.now() - info.mtimeMs > staleMs
  if (dead || old) await unlink(path).catch(() => undefined)
}

/**
 * Runs `task` while holding a lock file shared by every process (the app, a second window, the
 * CLI): created exclusively (`wx`) with the holder's pid, removed afterwards. A lock left by a
 * process that died is taken over; waiting longer than `timeoutMs` fails with `busy`.
 */
export async function withFileLock<T>(
  path: string,
  task: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const staleMs = options.staleMs ?? 30_000
  const deadline = Date.now() + timeoutMs
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600)
      await handle.writeFile(`${process.pid}\n${new Date().toISOString()}\n`)
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (Date.now() > deadline) {
      throw new AppError('busy', 'Another Workbench process holds the history file; try again.')
    }
    if (attempt % 20 === 19) await removeIfStale(path, staleMs)
    await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8))
  }
  try {
    return await task()
  } finally {
    await unlink(path).catch(() => undefined)
  }
}
