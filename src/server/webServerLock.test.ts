import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDependencies } from '../../test/support/testDependencies'
import { createServices, type Services } from '../services/createServices'
import { EventBus } from '../services/eventBus'
import { answerChallenge, answerMatches, createChallenge } from './challenge'
import { startWebServer } from './startWebServer'
import {
  findRunningServer,
  lockFilePath,
  readServerLock,
  removeServerLock,
  writeServerLock,
} from './webServerLock'

let directory: string
const lock = {
  port: 4567,
  pid: 4242,
  secret: 'f'.repeat(64),
  startedAt: '2026-01-01T00:00:00.000Z',
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-lock-'))
})
// Services start watchers that write into the data directory (the first contacts listing seeds
// the samples): close them before the directory goes.
const opened: Services[] = []
const track = (services: Services) => (opened.push(services), services)

afterEach(async () => {
  await Promise.all(opened.splice(0).map((services) => services.close()))
  await rm(directory, { recursive: true, force: true })
})

describe('web-server.json lock', () => {
  it('is written once, owner-only, and refused to a second writer', async () => {
    const first = await writeServerLock(directory, lock)
    const second = await writeServerLock(directory, { ...lock, pid: 1 })
    const mode = (await stat(lockFilePath(directory))).mode & 0o777
    expect({ first, second, mode, read: await readServerLock(directory) }).toEqual({
      first: true,
      second: false,
      mode: 0o600,
      read: lock,
    })
  })

  it('is removed only by the process that wrote it', async () => {
    await writeServerLock(directory, lock)
    await removeServerLock(directory, 1)
    const afterOther = await readServerLock(directory)
    await removeServerLock(directory, lock.pid)
    expect([afterOther, await readServerLock(directory)]).toEqual([lock, undefined])
  })

  it('treats a lock whose server does not answer as stale and removes it', async () => {
    await writeServerLock(directory, lock)
    const found = await findRunningServer(directory, async () => false)
    expect([found, await readServerLock(directory)]).toEqual([undefined, undefined])
  })

  it('treats an unreadable lock as stale', async () => {
    await writeFile(lockFilePath(directory), '{ not json')
    expect([await findRunningServer(directory), await readServerLock(directory)]).toEqual([
      undefined,
      undefined,
    ])
  })

  it('finds a live browser-mode server through its lock (real probe over HTTP)', async () => {
    const eventBus = new EventBus()
    const server = await startWebServer({
      handlers: track(createServices(testDependencies(directory, { shell: 'browser', eventBus })))
        .handlers,
      eventBus,
      rendererDirectory: directory,
      log: () => {},
    })
    try {
      const live = { ...lock, port: server.port, secret: server.secret }
      await writeServerLock(directory, live)
      const found = await findRunningServer(directory)
      const keptWhileLive = await readServerLock(directory)
      await removeServerLock(directory, live.pid)
      await writeServerLock(directory, { ...live, secret: 'e'.repeat(64) })
      const withWrongSecret = await findRunningServer(directory)
      expect([found, keptWhileLive, withWrongSecret]).toEqual([live, live, undefined])
    } finally {
      await server.close()
    }
  })

  it('does not trust a server that cannot answer the challenge, and never sends it the secret', async () => {
    // Another local user bound the crashed server's port and answers like a Workbench would.
    const seen: string[] = []
    const impostor = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`)
      req.on('data', (chunk: Buffer) => seen.push(chunk.toString('utf8')))
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ ok: true, value: { shell: 'browser', answer: 'a'.repeat(64) } }))
      })
    })
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve))
    try {
      const port = (impostor.address() as AddressInfo).port
      await writeServerLock(directory, { ...lock, port })
      const found = await findRunningServer(directory)
      expect({
        found,
        lockLeft: await readServerLock(directory),
        asked: seen.length > 0,
        leaked: seen.some((line) => line.includes(lock.secret)),
      }).toEqual({ found: undefined, lockLeft: undefined, asked: true, leaked: false })
    } finally {
      await new Promise((resolve) => impostor.close(resolve))
    }
  })

  it('answers a challenge only with the HMAC under its secret, which the prober checks', async () => {
    const secret = 'd'.repeat(64)
    const challenge = createChallenge()
    const answer = answerChallenge(secret, challenge)!
    expect({
      right: answerMatches(secret, challenge, answer),
      otherSecret: answerMatches('e'.repeat(64), challenge, answer),
      otherChallenge: answerMatches(secret, createChallenge(), answer),
      notTheSecret: answer.includes(secret),
      malformed: answerChallenge(secret, 'x'),
    }).toEqual({
      right: true,
      otherSecret: false,
      otherChallenge: false,
      notTheSecret: false,
      malformed: undefined,
    })
  })
})
