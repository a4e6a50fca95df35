import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/result'
import { MemorySecretStore } from '../secrets/memorySecretStore'
import type { CheckGraph, CheckTarget } from './checkGraph'
import { ConnectionStore } from './connectionStore'
import { ConnectionService } from './connectionService'

const token = 'EAAGserviceTestToken1234567890abcd'
const now = new Date('2026-11-25T12:00:00.000Z')

let directory: string
let secrets: MemorySecretStore
let targets: CheckTarget[]
let changes: string[]
let service: ConnectionService

const healthyGraph: CheckGraph = {
  debugToken: async () => ({ isValid: true, expiresAt: 0, scopes: ['page_events'] }),
  getMe: async () => ({ id: '1' }),
  getPermissions: async () => [{ permission: 'page_events', status: 'granted' }],
  getDataset: async (id) => ({ id, name: 'Shop' }),
  getAssetDatasets: async () => ['1111111111'],
}

function build(secretStore = new MemorySecretStore()): ConnectionService {
  secrets = secretStore
  let suffix = 0
  return new ConnectionService({
    store: new ConnectionStore({
      dataDirectory: directory,
      now: () => now,
      newSuffix: () => `s${++suffix}`,
    }),
    secrets: secretStore,
    graphFor: (target) => {
      targets.push(target)
      return healthyGraph
    },
    now: () => now,
    onChange: (id, change) => changes.push(`${change} ${id}`),
  })
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'no error'
  } catch (error) {
    return error instanceof AppError ? error.code : String(error)
  }
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-connections-'))
  targets = []
  changes = []
  service = build()
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('ConnectionService', () => {
  it('creates a connection with defaults and lists it', async () => {
    const created = await service.save({ name: 'Shop Brazil', datasetId: '1111111111' })
    expect([created, (await service.list()).connections]).toEqual([
      {
        id: 'shop-brazil-s1',
        name: 'Shop Brazil',
        portfolioName: '',
        businessAccountName: '',
        datasetId: '1111111111',
        apiVersion: 'v26.0',
        endpoint: { kind: 'meta' },
        assets: {},
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        hasToken: false,
      },
      [created],
    ])
  })

  it('keeps the token in the secret store only and shows its hint', async () => {
    const { id } = await service.save({ name: 'Shop', datasetId: '1111111111' })
    const view = await service.setToken(id, `  Bearer ${token}\n`)
    const files = await readdir(join(directory, 'connections'))
    const text = await readFile(join(directory, 'connections', files[0]!), 'utf8')
    expect([view.hasToken, view.tokenHint, secrets.entries.get(id), text.includes(token)]).toEqual([
      true,
      'EAAG…abcd',
      token,
      false,
    ])
  })

  it('removes the token, and deletes it with the connection', async () => {
    const first = await service.save({ name: 'One', datasetId: '1111111111' })
    const second = await service.save({ name: 'Two', datasetId: '1111111111' })
    await service.setToken(first.id, token)
    await service.setToken(second.id, token)
    const removed = await service.removeToken(first.id)
    const deleted = await service.delete(second.id)
    expect([
      removed.hasToken,
      deleted,
      [...secrets.entries.keys()],
      await codeOf(service.get(second.id)),
    ]).toEqual([false, { id: second.id, tokenRemoved: true }, [], 'not_found'])
  })

  it('forgets the token when the endpoint changes, so it is never sent elsewhere', async () => {
    const { id } = await service.save({ name: 'Shop', datasetId: '1111111111' })
    await service.setToken(id, token)
    const moved = await service.save({
      id,
      name: 'Shop',
      datasetId: '1111111111',
      endpoint: { kind: 'custom', url: 'https://proxy.example.com/' },
    })
    expect([moved.hasToken, moved.endpoint, secrets.entries.has(id)]).toEqual([
      false,
      { kind: 'custom', url: 'https://proxy.example.com' },
      false,
    ])
  })

  it('forgets a keychain token the file does not record when the endpoint changes', async () => {
    const { id } = await service.save({ name: 'Shop', datasetId: '1111111111' })
    await secrets.set(id, token)
    await service.save({
      id,
      name: 'Shop',
      datasetId: '1111111111',
      endpoint: { kind: 'custom', url: 'https://proxy.example.com/' },
    })
    expect([secrets.entries.has(id), await codeOf(service.credentialsFor(id))]).toEqual([
      false,
      'no_token',
    ])
  })

  it('checks against the connection endpoint and remembers the outcome', async () => {
    const { id } = await service.save({
      name: 'Shop',
      datasetId: '1111111111',
      endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:4010' },
      apiVersion: 'v25.0',
      assets: { page: { id: '3001', country: 'de' } },
    })
    await service.setToken(id, token)
    const report = await service.check(id)
    expect([targets, report.outcome, (await service.get(id)).lastCheck, changes]).toEqual([
      [{ baseUrl: 'http://127.0.0.1:4010', apiVersion: 'v25.0', token }],
      'warnings',
      { at: now.toISOString(), outcome: 'warnings', summary: report.summary },
      [`saved ${id}`, `token ${id}`, `checked ${id}`],
    ])
  })

  it('refuses duplicate names, bad input, checks without a token and a locked keychain', async () => {
    const { id } = await service.save({ name: 'Shop', datasetId: '1111111111' })
    const locked = build(new MemorySecretStore({ problem: 'Locked.', fix: 'Unlock it.' }))
    expect([
      await codeOf(service.save({ name: 'shop', datasetId: '1' })),
      await codeOf(service.save({ name: 'Other', datasetId: 'x' })),
      await codeOf(service.setToken(id, 'two words')),
      await codeOf(service.check(id)),
      await codeOf(locked.setToken(id, token)),
      await codeOf(service.get('../../etc/passwd')),
    ]).toEqual([
      'name_taken',
      'invalid_input',
      'invalid_input',
      'no_token',
      'keychain_unavailable',
      'not_found',
    ])
  })

  it('lists good files and explains bad ones; files are owner-only', async () => {
    const { id } = await service.save({ name: 'Shop', datasetId: '1111111111' })
    await writeFile(join(directory, 'connections', 'broken.json'), '{ nope')
    const listed = await service.list()
    const mode = (await stat(join(directory, 'connections', `${id}.json`))).mode & 0o777
    const directoryMode = (await stat(join(directory, 'connections'))).mode & 0o777
    expect([listed.connections.map((c) => c.id), listed.problems, mode, directoryMode]).toEqual([
      [id],
      [{ file: 'connections/broken.json', message: 'connections/broken.json is not valid JSON.' }],
      0o600,
      0o700,
    ])
  })

  it('finds a connection by name for senders and returns its credentials', async () => {
    const { id } = await service.save({ name: 'Shop Brazil', datasetId: '1111111111' })
    await service.setToken(id, token)
    const credentials = await service.credentialsFor('shop brazil')
    expect([credentials.connection.id, credentials.baseUrl, credentials.token]).toEqual([
      id,
      'https://graph.facebook.com',
      token,
    ])
  })
})
