import { spawnSync } from 'node:child_process'
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFreshReport, summarize } from '../../scripts/testSummary.mjs'

const ok = (title: string) => ({ title, ok: true })
const report = (fields: Record<string, unknown>) => ({
  numPassedTests: 500,
  numFailedTests: 0,
  numPendingTests: 5,
  numTodoTests: 0,
  numFailedTestSuites: 0,
  testResults: [],
  ...fields,
})

describe("npm test's closing line", () => {
  it('counts a fresh report; lint and format failures are steps, not failed tests', () => {
    expect(
      summarize({
        steps: [ok('typecheck'), { title: 'lint', ok: false }, { title: 'format', ok: false }],
        report: report({}),
        dropped: [],
      }),
    ).toEqual({
      lines: ['steps failed: lint, format', 'tests: 500 passed, 0 failed, 5 skipped'],
      ok: false,
    })
  })

  it('says unknown and fails without a report, whatever an earlier run counted', () => {
    expect(summarize({ steps: [ok('build')], report: undefined, dropped: [] })).toEqual({
      lines: ['tests: unknown (Vitest wrote no report in this run; see its output above)'],
      ok: false,
    })
  })

  it('counts a dropped E2E project as skipped, with the reason', () => {
    expect(
      summarize({
        steps: [{ title: 'build', ok: false }],
        report: report({ numPendingTests: 2 }),
        dropped: [{ project: 'e2e', reason: 'the build failed', tests: 26 }],
      }),
    ).toEqual({
      lines: [
        'steps failed: build',
        'tests: 500 passed, 0 failed, 28 skipped (e2e not run: the build failed)',
      ],
      ok: false,
    })
  })

  it('counts a test file that failed to load as failed', () => {
    const broken = report({
      numFailedTestSuites: 2,
      numFailedTests: 1,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'failed' }] },
        { status: 'failed', assertionResults: [] },
      ],
    })
    expect(summarize({ steps: [], report: broken, dropped: [] }).lines).toEqual([
      'tests: 500 passed, 2 failed, 5 skipped (1 test file(s) failed to run)',
    ])
  })

  it('does not count failed describe blocks as files that failed to run', () => {
    // As Vitest wrote it for 4 failed tests in 3 files: numFailedTestSuites counts describe blocks.
    const failing = report({
      numFailedTestSuites: 7,
      numFailedTests: 4,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'failed' }] },
        { status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }] },
        { status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
    })
    expect(summarize({ steps: [], report: failing, dropped: [] }).lines).toEqual([
      'tests: 500 passed, 4 failed, 5 skipped',
    ])
  })

  it('reads a report only if this run wrote it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'capi-report-'))
    const path = join(directory, 'vitest-report.json')
    writeFileSync(path, JSON.stringify(report({ numPassedTests: 509, numFailedTests: 1 })))
    const old = new Date(Date.now() - 60_000)
    utimesSync(path, old, old)
    expect({
      stale: readFreshReport(path, Date.now() - 1000),
      missing: readFreshReport(join(directory, 'none.json'), 0),
      fresh: (readFreshReport(path, old.getTime() - 1000) as { numPassedTests: number })
        .numPassedTests,
    }).toEqual({ stale: undefined, missing: undefined, fresh: 509 })
  })
})

describe('a broken Vitest config', () => {
  it('makes Vitest write no report, so the closing line says unknown', () => {
    const directory = mkdtempSync(join(tmpdir(), 'capi-broken-config-'))
    const config = join(directory, 'vitest.config.mjs')
    writeFileSync(config, 'export default { test: { projects: [ { test: { name: 1 } ] } oops')
    const reportPath = join(directory, 'report.json')
    const run = spawnSync(
      'npx',
      ['vitest', 'run', '--config', config, '--reporter=json', `--outputFile.json=${reportPath}`],
      { cwd: resolve('.'), encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
    )
    const fresh = readFreshReport(reportPath, 0)
    expect({
      vitestFailed: run.status !== 0,
      summary: summarize({ steps: [], report: fresh, dropped: [] }),
    }).toEqual({
      vitestFailed: true,
      summary: {
        lines: ['tests: unknown (Vitest wrote no report in this run; see its output above)'],
        ok: false,
      },
    })
  })
})
