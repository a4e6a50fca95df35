import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'

export const benchDirectory = resolve('test/artifacts/bench')

/**
 * Writes a benchmark's figures to test/artifacts/bench/<name>.json (what docs/performance.md
 * quotes, with the date and the machine's load), and fails the run (exit code 1) when the
 * outputs it compared differ from the baseline's: a fast wrong answer is not a result.
 */
export function writeBenchFigures(
  name: string,
  figures: Record<string, unknown>,
  outputs: { identical: boolean; detail: string },
): string {
  mkdirSync(benchDirectory, { recursive: true })
  const path = join(benchDirectory, `${name}.json`)
  const loadAverage = loadavg().map((value) => Number(value.toFixed(2)))
  const document = {
    bench: name,
    date: new Date().toISOString(),
    node: process.versions.node,
    cpus: availableParallelism(),
    loadAverageAtEnd: loadAverage,
    outputsIdentical: outputs.identical,
    outputsDetail: outputs.detail,
    figures,
  }
  writeFileSync(path, JSON.stringify(document, null, 2) + '\n')
  console.log(`figures written to ${path}`)
  if (!outputs.identical) {
    console.error(`${name}: outputs differ from the baseline's (${outputs.detail}): FAILED`)
    process.exitCode = 1
  }
  return path
}
