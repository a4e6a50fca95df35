#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, format, build, then every Vitest project
// (node, web, e2e) with a real, throwaway Secret Service for the keychain tests. Ends with:
//   steps failed: ...                       (only when a step failed; steps are not tests)
//   tests: N passed, N failed, N skipped    (or `tests: unknown` when Vitest wrote no report)
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { readFreshReport, summarize } from './testSummary.mjs'

const steps = []
const env = {
  ...process.env,
  ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1',
  FORCE_COLOR: '0',
}

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: options.stdio ?? 'inherit', env })
  const ok = result.status === 0
  const seconds = (Date.now() - started) / 1000
  if (!options.silent) steps.push({ title, ok, seconds, status: result.status })
  console.log(`=== ${title}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)`)
  return { ok, stdout: result.stdout?.toString() ?? '' }
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit'])
run('typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit'])
run('typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit'])
run('lint', 'npx', ['eslint', '.'])
run('format', 'npx', ['prettier', '--check', '.'])
const built = run('build', 'npm', ['run', '--silent', 'build']).ok

mkdirSync('test/artifacts', { recursive: true })
const report = join('test/artifacts', 'vitest-report.json')
// A report left by an earlier run must never be read as this run's.
rmSync(report, { force: true })
const vitestArgs = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]
const dropped = []
if (!built) {
  vitestArgs.push('--project', 'node', '--project', 'web')
  // How many tests are not run: the E2E project's list (collection needs no build).
  const listed = run('list e2e tests', 'npx', ['vitest', 'list', '--project', 'e2e', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    silent: true,
  })
  let tests
  try {
    tests = JSON.parse(listed.stdout).length
  } catch {
    tests = undefined
  }
  dropped.push({ project: 'e2e', reason: 'the build failed (E2E runs the built app)', tests })
}
// Keychain tests need a Secret Service: a throwaway gnome-keyring on a private D-Bus session.
const withKeychain = 'test/setup/withKeychain.sh'
const keychainAvailable =
  spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon'], {
    stdio: 'ignore',
  }).status === 0
const testsStarted = Date.now()
let tests
if (keychainAvailable) tests = run('tests', 'sh', [withKeychain, 'npx', ...vitestArgs])
else {
  console.log(
    '\nNo dbus-run-session / gnome-keyring-daemon: keychain tests will report the keychain as missing.',
  )
  tests = run('tests', 'npx', vitestArgs)
}

const testsStep = steps.find((step) => step.title === 'tests')
const freshReport = readFreshReport(report, testsStarted)
const summary = summarize({
  // The tests step is summed up by its counts; a non-zero exit without a failed test (an
  // unhandled error) is reported as a failed step of its own.
  steps: steps
    .filter((step) => step.title !== 'tests')
    .concat(
      !tests.ok && freshReport && (freshReport.numFailedTests ?? 0) === 0
        ? [{ title: 'tests', ok: false, detail: `Vitest exited ${testsStep?.status ?? '?'}` }]
        : [],
    ),
  report: freshReport,
  dropped,
})

console.log('')
for (const step of steps)
  console.log(`${step.ok ? 'ok    ' : 'FAILED'} ${step.title} (${step.seconds.toFixed(1)} s)`)
for (const line of summary.lines) console.log(line)
process.exit(summary.ok && tests.ok ? 0 : 1)
