import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices } from './createServices'
import { dispatch } from './ipc/dispatch'

describe('app.copyText', () => {
  const directories: string[] = []
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true })
  })

  it('writes through main where main has a clipboard, and says so where it has none', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'capi-copy-'))
    directories.push(directory)
    const written: string[] = []
    const desktop = createServices(
      testDependencies(directory, { writeClipboard: (text) => written.push(text) }),
    ).handlers
    const browser = createServices(testDependencies(directory)).handlers
    expect([
      await dispatch(desktop, 'app.copyText', { text: 'fbtrace-123' }),
      await dispatch(browser, 'app.copyText', { text: 'fbtrace-123' }),
      written,
    ]).toEqual([
      { ok: true, value: { copied: true } },
      { ok: true, value: { copied: false } },
      ['fbtrace-123'],
    ])
  })
})
