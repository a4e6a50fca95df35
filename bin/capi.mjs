#!/usr/bin/env node
// The `capi` command: runs the bundled CLI (npm run build:cli), or the TypeScript source
// through tsx when out/cli/ has not been built or is older than the source (a stale bundle would
// run yesterday's code). `capi hash` gets its own lean bundle so that streaming millions of lines
// does not wait for every other command to load.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const hashOnly = process.argv[2] === 'hash'
const bundle = fileURLToPath(
  new URL(hashOnly ? '../out/cli/capiHash.mjs' : '../out/cli/capi.mjs', import.meta.url),
)
const sourceRoot = fileURLToPath(new URL('../src', import.meta.url))

/** Newest modification time of the TypeScript sources the CLI is built from (0 when absent). */
function newestSource(directory) {
  if (!existsSync(directory)) return 0
  let newest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'renderer') continue
    const path = join(directory, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(sourceRoot)) {
  await import(pathToFileURL(bundle).href)
} else {
  const source = join(sourceRoot, 'cli', 'main.ts')
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', source, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  )
  process.exitCode = result.status ?? 1
}
