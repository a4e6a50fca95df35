import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Vitest's global setup: every temporary directory a test makes (and those of the CLI processes and
 * browsers it starts) goes under one directory for the run, removed when the run ends. Without it
 * each full run left about fifteen `capi-*` directories in the system's temp folder, from tests that
 * do not remove what they made.
 */
export function setup(): () => void {
  const previous = process.env.TMPDIR
  const root = mkdtempSync(join(tmpdir(), 'capi-tests-'))
  process.env.TMPDIR = root
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }
}
