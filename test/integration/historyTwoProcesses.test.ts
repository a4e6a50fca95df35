import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HistoryEntry } from '../../src/shared/contract/historyChannels'

const childScript =
  process.env.HISTORY_APPEND_CHILD ??
  fileURLToPath(new URL('./historyAppendChild.ts', import.meta.url))
let directory: string

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-history-2p-'))
  // Room for both processes' entries: nothing may be dropped for the limit.
  await writeFile(join(directory, 'settings.json'), JSON.stringify({ limit: 5000 }))
})
afterEach(() => rm(directory, { recursive: true, force: true }))

function run(tag: string, count: number, deleteEvery: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, directory, tag, String(count), String(deleteEvery)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(
            out
              .split('\n')
              .filter((line) => line.startsWith('deleted '))
              .map((line) => line.slice(8)),
          )
        : reject(new Error(`child ${tag} exited ${code}: ${err}`)),
    )
  })
}

describe('history shared by two processes (the app and the CLI)', () => {
  it('keeps every one of 2 × 1,000 appends, whole, while one process also rewrites the file', async () => {
    const [deletedByApp] = await Promise.all([run('app', 1000, 40), run('cli', 1000, 0)])
    const text = await readFile(join(directory, 'history.jsonl'), 'utf8')
    const lines = text.split('\n').filter((line) => line !== '')
    const torn = lines.filter((line) => {
      try {
        return !HistoryEntry.safeParse(JSON.parse(line)).success
      } catch {
        return true
      }
    })
    const traces = new Set(lines.map((line) => (JSON.parse(line) as HistoryEntry).fbtraceId))
    const expected = [
      ...Array.from({ length: 1000 }, (_, n) => `app-${n}`).filter(
        (t) => !deletedByApp!.includes(t),
      ),
      ...Array.from({ length: 1000 }, (_, n) => `cli-${n}`),
    ]
    const missing = expected.filter((trace) => !traces.has(trace))
    expect({
      torn: torn.length,
      missing: missing.slice(0, 5),
      missingCount: missing.length,
      deleted: deletedByApp!.length,
      lines: lines.length,
    }).toEqual({ torn: 0, missing: [], missingCount: 0, deleted: 25, lines: 1975 })
  }, 240_000)
})
