import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices } from '../services/createServices'
import { EventBus } from '../services/eventBus'
import { runBrowserMode } from './runBrowserMode'
import { readServerLock, writeServerLock } from './webServerLock'

let directory: string

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-run-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('runBrowserMode', () => {
  it('steps aside when another launch claimed the lock first, and opens that one', async () => {
    const other = { port: 40001, pid: 77, secret: 'c'.repeat(64), startedAt: 'then' }
    await writeServerLock(directory, other)
    const eventBus = new EventBus()
    const said: string[] = []
    const opened: string[] = []
    const outcome = await runBrowserMode({
      dataDirectory: directory,
      rendererDirectory: directory,
      open: true,
      eventBus,
      handlers: createServices(testDependencies(directory, { shell: 'browser', eventBus }))
        .handlers,
      say: (line) => said.push(line),
      openBrowser: (url) => opened.push(url) > 0,
      stopSignal: new Promise(() => {}),
    })
    const url = `http://127.0.0.1:40001/#secret=${'c'.repeat(64)}`
    expect({ outcome, said, opened, lock: await readServerLock(directory) }).toEqual({
      outcome: 'reused',
      said: [`CAPI Workbench (browser mode): ${url}`, 'Opened in your default browser.'],
      opened: [url],
      lock: other,
    })
  })
})
