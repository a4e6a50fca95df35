import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { readPresetFile, walkPresetTree } from '../../src/services/presets/presetFiles'
import { PresetStore } from '../../src/services/presets/presetStore'
import { seededRandom } from '../support/seededRandom'

/** PRESET_CRASH_CHILD swaps the child, e.g. for one that writes in place, to see the test fail. */
const childScript =
  process.env.PRESET_CRASH_CHILD ?? fileURLToPath(new URL('./presetCrashChild.ts', import.meta.url))
const totalSaves = 1000
const slots = 50
const kills = 6
const seed = 20261125

interface RunResult {
  acks: number[]
  killed: boolean
  exitCode: number | null
  stderr: string
}

/** Starts the child; after its first ack, kills it with SIGKILL `killAfterMs` later (or never). */
function runChild(
  directory: string,
  start: number,
  killAfterMs: number | null,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, directory, String(start), String(totalSaves), String(slots)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const acks: number[] = []
    let buffer = ''
    let stderr = ''
    let killed = false
    let timer: ReturnType<typeof setTimeout> | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line)
        if (match) acks.push(Number(match[1]))
      }
      if (killAfterMs !== null && timer === undefined && acks.length > 0) {
        timer = setTimeout(() => {
          killed = child.kill('SIGKILL')
        }, killAfterMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => {
      if (timer) clearTimeout(timer)
      resolve({ acks, killed, exitCode, stderr })
    })
  })
}

interface Check {
  files: number
  corrupt: number
  lost: number
  leftoverTemporaryFiles: number
}

/** Every file complete and valid (or absent); every acknowledged save on disk (or a later one). */
async function checkDirectory(
  directory: string,
  lastAckPerSlot: Map<number, number>,
): Promise<Check> {
  const tree = await walkPresetTree(directory)
  let corrupt = 0
  const onDisk = new Map<number, number>()
  for (const file of tree.files) {
    const read = await readPresetFile(file.path)
    if (!read.ok) {
      corrupt++
      continue
    }
    const sequence = Number(/sequence=(\d+)/.exec(read.preset.description)?.[1] ?? -1)
    onDisk.set(sequence % slots, sequence)
  }
  let lost = 0
  for (const [slot, acked] of lastAckPerSlot) {
    if ((onDisk.get(slot) ?? -1) < acked) lost++
  }
  const crashFolder = await readdir(join(directory, 'crash')).catch(() => [] as string[])
  const leftoverTemporaryFiles = crashFolder.filter((name) => name.endsWith('.tmp')).length
  return { files: tree.files.length, corrupt, lost, leftoverTemporaryFiles }
}

describe('preset store crash test', () => {
  const directories: string[] = []
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true })
  })

  it('keeps every acknowledged save and never leaves a half-written preset under SIGKILL', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'capi-preset-crash-'))
    directories.push(directory)
    const random = seededRandom(seed).next
    const lastAckPerSlot = new Map<number, number>()
    const totals = { saves: 0, kills: 0, lost: 0, corrupt: 0, checks: 0 }
    let next = 0
    let runs = 0
    while (next < totalSaves && runs < kills + 10) {
      runs++
      const killAfterMs = totals.kills < kills ? Math.floor(20 + random() * 400) : null
      const run = await runChild(directory, next, killAfterMs)
      if (!run.killed && run.exitCode !== 0) throw new Error(`child failed: ${run.stderr}`)
      for (const sequence of run.acks) lastAckPerSlot.set(sequence % slots, sequence)
      totals.saves += run.acks.length
      if (run.acks.length > 0) next = Math.max(...run.acks) + 1
      if (run.killed) totals.kills++
      const check = await checkDirectory(directory, lastAckPerSlot)
      totals.lost += check.lost
      totals.corrupt += check.corrupt
      totals.checks++
    }
    const leftover = (await checkDirectory(directory, lastAckPerSlot)).leftoverTemporaryFiles
    const listing = await new PresetStore({ directory, now: () => new Date() }).list()
    const afterLoad = (await checkDirectory(directory, lastAckPerSlot)).leftoverTemporaryFiles
    console.log(
      `preset crash test (seed ${seed}): ${totals.saves} acknowledged saves, ${totals.kills} SIGKILLs, ` +
        `${totals.lost} lost, ${totals.corrupt} corrupt (checked after every kill); ` +
        `${leftover} temp files left by kills, ${afterLoad} after the next load; ${listing.presets.length} presets load`,
    )
    expect({
      done: next,
      kills: totals.kills,
      lost: totals.lost,
      corrupt: totals.corrupt,
      afterLoad,
      loaded: listing.presets.length,
      quarantined: listing.quarantined.length,
    }).toEqual({
      done: totalSaves,
      kills,
      lost: 0,
      corrupt: 0,
      afterLoad: 0,
      loaded: slots,
      quarantined: 0,
    })
  }, 180_000)
})
