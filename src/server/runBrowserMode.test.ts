import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices, type Services } from '../services/createServices'
import { EventBus } from '../services/eventBus'
import { launchPageName } from './launchPage'
import { announce, runBrowserMode } from './runBrowserMode'
import { readServerLock, writeServerLock } from './webServerLock'

let directory: string

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-run-'))
})
// Services start watchers that write into the data directory (the first contacts listing seeds
// the samples): close them before the directory goes.
const opened: Services[] = []
const track = (services: Services) => (opened.push(services), services)

afterEach(async () => {
  await Promise.all(opened.splice(0).map((services) => services.close()))
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
      handlers: track(createServices(testDependencies(directory, { shell: 'browser', eventBus })))
        .handlers,
      say: (line) => said.push(line),
      openBrowser: (url) => opened.push(url) > 0,
      stopSignal: new Promise(() => {}),
      probe: async (lock) => lock.secret === other.secret,
    })
    const url = `http://127.0.0.1:40001/#secret=${'c'.repeat(64)}`
    expect({ outcome, said, opened, lock: await readServerLock(directory) }).toEqual({
      outcome: 'reused',
      said: [`CAPI Workbench (browser mode): ${url}`, 'Opened in your default browser.'],
      opened: [pathToFileURL(join(directory, launchPageName)).href],
      lock: other,
    })
  })

  it('does not open a lock claimed by a server that fails the challenge', async () => {
    await writeServerLock(directory, {
      port: 40001,
      pid: 77,
      secret: 'c'.repeat(64),
      startedAt: 'then',
    })
    const eventBus = new EventBus()
    const opened: string[] = []
    await expect(
      runBrowserMode({
        dataDirectory: directory,
        rendererDirectory: directory,
        open: true,
        eventBus,
        handlers: track(createServices(testDependencies(directory, { shell: 'browser', eventBus })))
          .handlers,
        say: () => {},
        openBrowser: (url) => opened.push(url) > 0,
        stopSignal: new Promise(() => {}),
        probe: async () => false,
      }),
    ).rejects.toThrow(/try again/)
    expect(opened).toEqual([])
  })
})

describe('announce', () => {
  it('hands the browser a 0600 redirect page, never the secret on its command line', async () => {
    const secret = 'b'.repeat(64)
    const url = `http://127.0.0.1:40002/#secret=${secret}`
    const said: string[] = []
    const opened: string[] = []
    await announce(url, {
      open: true,
      say: (line) => said.push(line),
      openBrowser: (target) => opened.push(target) > 0,
      dataDirectory: directory,
    })
    const page = join(directory, launchPageName)
    const html = await readFile(page, 'utf8')
    expect({
      printed: said[0],
      opened,
      secretOnCommandLine: opened.some((target) => target.includes(secret)),
      mode: (await stat(page)).mode & 0o777,
      redirects: html.includes(`<meta http-equiv="refresh" content="0;url=${url}">`),
      noScript: /<script/i.test(html),
      csp: html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`),
    }).toEqual({
      printed: `CAPI Workbench (browser mode): ${url}`,
      opened: [pathToFileURL(page).href],
      secretOnCommandLine: false,
      mode: 0o600,
      redirects: true,
      noScript: false,
      csp: true,
    })
  })

  it('writes no page when it is not asked to open a browser', async () => {
    await announce('http://127.0.0.1:1/#secret=x', {
      open: false,
      say: () => {},
      openBrowser: () => true,
      dataDirectory: directory,
    })
    await expect(stat(join(directory, launchPageName))).rejects.toThrow()
  })
})
