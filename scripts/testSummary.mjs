// The counting behind `npm test`'s closing line, as pure functions (scripts/testSummary.test.ts).
import { existsSync, readFileSync, statSync } from 'node:fs'

/**
 * The Vitest JSON report, only if this run wrote it: a report older than the run (or none at all)
 * gives undefined, so the closing line never repeats a previous run's counts.
 */
export function readFreshReport(path, startedAtMs) {
  if (!existsSync(path)) return undefined
  if (statSync(path).mtimeMs < startedAtMs) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * The closing lines of `npm test`. Steps (typecheck, lint, format, build) are reported as steps,
 * never as failed tests; a project that was not run (the E2E project when the build failed) counts
 * its tests as skipped, with the reason; without a fresh report the count is `unknown` and the run
 * fails.
 *
 * @param {{ steps: { title: string, ok: boolean, detail?: string }[], report: any,
 *   dropped: { project: string, reason: string, tests: number | undefined }[] }} input
 * @returns {{ lines: string[], ok: boolean }}
 */
export function summarize({ steps, report, dropped }) {
  const lines = []
  const failedSteps = steps.filter((step) => !step.ok)
  if (failedSteps.length > 0) {
    lines.push(
      `steps failed: ${failedSteps.map((step) => (step.detail ? `${step.title} (${step.detail})` : step.title)).join(', ')}`,
    )
  }
  const droppedNote = dropped.map((item) => `${item.project} not run: ${item.reason}`).join('; ')
  if (!report) {
    lines.push(
      `tests: unknown (Vitest wrote no report in this run; see its output above)${droppedNote ? ` (${droppedNote})` : ''}`,
    )
    return { lines, ok: false }
  }
  const passed = report.numPassedTests ?? 0
  let failed = report.numFailedTests ?? 0
  // A test file that failed to load has no failed test of its own; count it, or the line lies.
  // (Vitest's numFailedTestSuites counts failed describe blocks too, so it cannot say which files
  // failed to load: a file that failed without a failed test of its own is one that did not run.)
  const brokenFiles = countBrokenFiles(report)
  failed += brokenFiles
  const droppedTests = dropped.reduce((sum, item) => sum + (item.tests ?? 0), 0)
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + droppedTests
  const notes = [
    ...(brokenFiles > 0 ? [`${brokenFiles} test file(s) failed to run`] : []),
    ...(droppedNote ? [droppedNote] : []),
  ]
  lines.push(
    `tests: ${passed} passed, ${failed} failed, ${skipped} skipped${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
  )
  return { lines, ok: failed === 0 && failedSteps.length === 0 && dropped.length === 0 }
}

function countBrokenFiles(report) {
  return (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length
}
