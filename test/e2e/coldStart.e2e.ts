import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { measureColdLaunches, type ColdLaunchSample } from '../../scripts/bench/coldLaunch'
import { createServices } from '../../src/services/createServices'
import { dispatch } from '../../src/services/ipc/dispatch'
import { channelNames } from '../../src/shared/contract'
import { testDependencies } from '../support/testDependencies'
import { chromiumPath } from './harness/chromium'
import { rendererDirectory } from './harness/openWorkbench'

/** The cold start `npm run bench:ui` measures (its budget figure), and what it is built from. */
describe('cold start of the built renderer', () => {
  const cleanup: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step()
  })

  it('loads its initial code as one script and one stylesheet (every other chunk on demand)', async () => {
    const html = await readFile(join(rendererDirectory, 'index.html'), 'utf8')
    expect(html.match(/<script\b[^>]*type="module"/g)).toHaveLength(1)
    expect(html).not.toContain('modulepreload')
    expect(html.match(/<link\b[^>]*rel="stylesheet"/g)).toHaveLength(1)
  })

  it('a new Chromium with no DevTools attached reaches a painted composer, and the launch reports it', async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'capi-cold-'))
    const services = createServices(testDependencies(dataDirectory))
    cleanup.push(async () => {
      await services.close()
      await rm(dataDirectory, { recursive: true, force: true })
    })
    const invoked: string[] = []
    const [[sample]] = (await measureColdLaunches({
      pages: [
        {
          directory: rendererDirectory,
          channelNames,
          invoke: (name, input) => {
            invoked.push(name)
            return dispatch(services.handlers, name, input)
          },
        },
      ],
      samples: 1,
      chromiumPath,
    })) as [[ColdLaunchSample]]
    expect(sample!.domContentLoadedMs).toBeGreaterThan(0)
    expect(sample!.inDomMs).toBeGreaterThan(sample!.domContentLoadedMs)
    expect(sample!.paintedMs).toBeGreaterThan(sample!.inDomMs)
    // The page talked to the real handler table over the launch's transport.
    expect(invoked).toContain('connections.list')
  }, 60_000)

  it('fails, and says why, when the page never shows a composer', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'capi-cold-empty-'))
    cleanup.push(() => rm(directory, { recursive: true, force: true }))
    await writeFile(
      join(directory, 'index.html'),
      '<!doctype html><html><head></head><body>nothing</body></html>',
    )
    await expect(
      measureColdLaunches({ pages: [{ directory }], samples: 1, chromiumPath, timeoutMs: 3000 }),
    ).rejects.toThrow(/no composer within 3000 ms/)
  }, 30_000)
})
