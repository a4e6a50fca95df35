import { chmod, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { answerMatches, challengePath, createChallenge } from './challenge'

export const lockFileName = 'web-server.json'

export const ServerLock = z.object({
  port: z.number().int().min(1).max(65535),
  pid: z.number().int().positive(),
  secret: z.string().min(1),
  startedAt: z.string(),
})
export type ServerLock = z.infer<typeof ServerLock>

export function lockFilePath(dataDirectory: string): string {
  return join(dataDirectory, lockFileName)
}

export function openUrlOf(lock: ServerLock): string {
  return `http://127.0.0.1:${lock.port}/#secret=${lock.secret}`
}

/**
 * Claims the lock for this process: created exclusively (`wx`) and readable only by the owner.
 * Returns false when another launch holds it already.
 */
export async function writeServerLock(dataDirectory: string, lock: ServerLock): Promise<boolean> {
  const path = lockFilePath(dataDirectory)
  try {
    await writeFile(path, JSON.stringify(lock, null, 2) + '\n', { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  if (process.platform !== 'win32') await chmod(path, 0o600)
  return true
}

export async function readServerLock(dataDirectory: string): Promise<ServerLock | undefined> {
  const text = await readFile(lockFilePath(dataDirectory), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const parsed = ServerLock.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Removes the lock only when it is still the one `pid` wrote. */
export async function removeServerLock(dataDirectory: string, pid: number): Promise<void> {
  const lock = await readServerLock(dataDirectory)
  if (lock?.pid === pid) await unlink(lockFilePath(dataDirectory)).catch(() => undefined)
}

export type ServerProbe = (lock: ServerLock) => Promise<boolean>

/**
 * True when the server on the lock's port proves it knows the lock's secret: it must answer a
 * fresh random challenge with HMAC-SHA256(secret, challenge). The secret itself is never sent, so
 * a process that took over the port after a crash (another local user, say) learns nothing and
 * cannot pass; the caller then starts a new server with a new secret.
 */
export async function probeServer(lock: ServerLock): Promise<boolean> {
  const challenge = createChallenge()
  try {
    const response = await fetch(
      `http://127.0.0.1:${lock.port}${challengePath}?challenge=${challenge}`,
      { signal: AbortSignal.timeout(2000), redirect: 'error' },
    )
    if (!response.ok) return false
    const body = (await response.json()) as { ok?: unknown; value?: { answer?: unknown } }
    const answer = body.ok === true ? body.value?.answer : undefined
    return typeof answer === 'string' && answerMatches(lock.secret, challenge, answer)
  } catch {
    return false
  }
}

/**
 * The browser-mode server already running for this data directory, if any. A lock whose server
 * does not answer (crashed, killed) is stale: it is removed so this launch can take over.
 */
export async function findRunningServer(
  dataDirectory: string,
  probe: ServerProbe = probeServer,
): Promise<ServerLock | undefined> {
  const lock = await readServerLock(dataDirectory)
  if (!lock) {
    await unlink(lockFilePath(dataDirectory)).catch(() => undefined)
    return undefined
  }
  if (await probe(lock)) return lock
  await unlink(lockFilePath(dataDirectory)).catch(() => undefined)
  return undefined
}
