import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

describe('the test run', () => {
  it("makes its temporary directories in one directory of its own, which the run's end removes", async () => {
    const made = await mkdtemp(join(tmpdir(), 'capi-probe-'))
    try {
      expect(basename(dirname(made))).toMatch(/^capi-tests-/)
    } finally {
      await rm(made, { recursive: true, force: true })
    }
  })
})
