#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, build, then every Vitest project (node, web,
// e2e) with a real, throwaway Secret Service for the keychain tests. Ends with one line:
//   tests: N passed, N failed[, N skipped]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const steps = []
const env = {
  ...process.env,
  ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1',
  FORCE_COLOR: '0',
}

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  const ok = result.status === 0
  steps.push({ title, ok, seconds: (Date.now() - started) / 1000 })
  console.log(
    `=== ${title}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
  return ok
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit'])
run('typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit'])
run('typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit'])
run('lint', 'npx', ['eslint', '.'])
run('format', 'npx', ['prettier', '--check', '.'])
const built = run('build', 'npm', ['run', '--silent', 'build'])

mkdirSync('test/artifacts', { recursive: true })
const report = join('test/artifacts', 'vitest-report.json')
const vitestArgs = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]
if (!built) vitestArgs.push('--project', 'node', '--project', 'web')
// Keychain tests need a Secret Service: a throwaway gnome-keyring on a private D-Bus session.
const withKeychain = 'test/setup/withKeychain.sh'
const keychainAvailable =
  spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon'], {
    stdio: 'ignore',
  }).status === 0
if (keychainAvailable) run('tests', 'sh', [withKeychain, 'npx', ...vitestArgs])
else {
  console.log(
    '\nNo dbus-run-session / gnome-keyring-daemon: keychain tests will report the keychain as missing.',
  )
  run('tests', 'npx', vitestArgs)
}

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'))
  passed = results.numPassedTests ?? 0
  failed = results.numFailedTests ?? 0
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0)
  if (results.numFailedTestSuites > 0 && failed === 0) failed += results.numFailedTestSuites
}
// A failed typecheck, lint, format or build counts as a failed test of its own.
const failedSteps = steps.filter((step) => !step.ok && step.title !== 'tests')
failed += failedSteps.length
const testsStep = steps.find((step) => step.title === 'tests')
if (testsStep && !testsStep.ok && failed === 0) failed = 1

console.log('')
for (const step of steps)
  console.log(`${step.ok ? 'ok    ' : 'FAILED'} ${step.title} (${step.seconds.toFixed(1)} s)`)
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
