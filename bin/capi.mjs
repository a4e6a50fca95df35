#!/usr/bin/env node
// The `capi` command: runs the bundled CLI (npm run build:cli), or the TypeScript source
// through tsx when out/cli/ has not been built. `capi hash` gets its own lean bundle so that
// streaming millions of lines does not wait for every other command to load.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const hashOnly = process.argv[2] === 'hash'
const bundle = new URL(
  hashOnly ? '../out/cli/capiHash.mjs' : '../out/cli/capi.mjs',
  import.meta.url,
)
if (existsSync(fileURLToPath(bundle))) {
  await import(bundle.href)
} else {
  const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', source, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  )
  process.exitCode = result.status ?? 1
}
