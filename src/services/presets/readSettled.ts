import { AppError } from '../../shared/result'
import type { PresetRead } from './presetFiles'

/** Any store's read of one file: a value, a problem (with the file's facts) or nothing there. */
export type StoreRead = { ok: true } | Exclude<PresetRead, { ok: true }>

export interface SettledReadSteps<R extends StoreRead = PresetRead> {
  /** Reads the file (after the path checks); may throw `unsafe_path`. */
  read(): Promise<R>
  /** Runs a task in the file's queue, after this process's queued writes of it. */
  inQueue<T>(task: () => Promise<T>): Promise<T>
  quarantine(problem: string): Promise<unknown>
  settleMs: number
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Reads a preset for the listing, quarantining it only when it is still broken after it stopped
 * changing: a file caught mid-write by an editor, `git checkout` or another process is read again
 * after `settleMs`; an empty or cut-off file, or one whose size, mtime or content moved meanwhile,
 * is left alone ("retry later": the watcher lists it once it is complete). The second read and the
 * move run in the file's queue, so they never interleave with this process's own save.
 */
export async function readSettled<R extends StoreRead = PresetRead>(
  steps: SettledReadSteps<R>,
): Promise<Extract<R, { ok: true }> | undefined> {
  let first: R
  try {
    first = await steps.read()
  } catch (error) {
    if (error instanceof AppError && error.code === 'unsafe_path') return undefined
    throw error
  }
  if (first.ok) return first as Extract<R, { ok: true }>
  if ('missing' in first || first.incomplete) return undefined
  return steps.inQueue(async () => {
    await sleep(steps.settleMs)
    const second = await steps.read().catch(() => undefined)
    if (second === undefined || second.ok)
      return second?.ok ? (second as Extract<R, { ok: true }>) : undefined
    if ('missing' in second || second.incomplete) return undefined
    const settled =
      second.size === first.size &&
      second.mtimeMs === first.mtimeMs &&
      second.revision === first.revision
    if (!settled) return undefined
    // A quarantine that cannot be done safely (a linked .quarantine) leaves the file in place.
    await steps.quarantine(second.problem).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error
    })
    return undefined
  })
}

/** `get` of a file that is empty or cut off right now: not broken, just not written yet. */
export function presetBusy(id: string): AppError {
  return new AppError(
    'preset_busy',
    `"${id}" is empty or incomplete right now (another program may be writing it); try again in a moment.`,
  )
}
