import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sandboxToken, startTestSandbox } from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import type { AssetLinkAnswer } from '../../shared/contract/assetLinkChannels'
import { dispatch } from '../ipc/dispatch'
import { MemorySecretStore } from '../secrets/memorySecretStore'
import { createServices, type Services } from '../createServices'
import { testDependencies } from '../../../test/support/testDependencies'

const now = new Date('2026-11-24T07:00:00Z')
let sandbox: RunningSandbox
let services: Services
let directory: string
const ids: Record<string, string> = {}

/** The channel as the editor calls it: through dispatch, over the real composition root. */
async function ask(connection: string, kind: 'whatsapp' | 'page' | 'instagram', assetId: string) {
  const result = await dispatch(services.handlers, 'connections.assetLink', {
    connectionId: ids[connection],
    kind,
    assetId,
  })
  if (!result.ok) throw new Error(result.error.message)
  const { at, ...answer } = result.value as AssetLinkAnswer
  expect(at).toBe(now.toISOString())
  return answer
}

beforeAll(async () => {
  sandbox = await startTestSandbox()
  directory = await mkdtemp(join(tmpdir(), 'capi-asset-link-'))
  services = createServices(
    testDependencies(directory, { secretStore: new MemorySecretStore(), now: () => now }),
  )
  const save = async (name: string, endpoint: object, token?: string) => {
    const saved = await services.connections.save({
      name,
      datasetId: '123456789012345',
      endpoint: endpoint as never,
      assets: { page: { id: '100000000000002', country: 'US' } },
    })
    ids[name] = saved.id
    if (token) await services.connections.setToken(saved.id, token)
  }
  await save('Sandbox', { kind: 'sandbox', url: sandbox.url }, sandboxToken)
  await save('No token', { kind: 'sandbox', url: sandbox.url })
  await save('Meta', { kind: 'meta' })
})
afterAll(async () => {
  await services.close()
  await sandbox.close()
  await rm(directory, { recursive: true, force: true })
})

describe('connections.assetLink', () => {
  it('a sandbox connection asks the sandbox, for an account the connection does not list too', async () => {
    expect(await ask('Sandbox', 'instagram', '17841400000000003')).toEqual({
      kind: 'instagram',
      assetId: '17841400000000003',
      datasetId: '123456789012345',
      linked: true,
      linkedDatasetIds: ['123456789012345'],
      source: 'sandbox',
      message:
        'The sandbox says the Instagram account 17841400000000003 is linked to dataset 123456789012345.',
      evidence:
        "Asked the sandbox just now: GET /v26.0/17841400000000003/dataset (the call Meta documents for an asset's dataset, spec §9); the sandbox answers from its fixtures.",
    })
    expect(await ask('Sandbox', 'page', '200000000000002')).toMatchObject({
      linked: false,
      linkedDatasetIds: ['223456789012345'],
      message:
        'The sandbox says the Facebook Page 200000000000002 is not linked to dataset 123456789012345 (it is linked to 223456789012345).',
    })
  })

  it('says it does not know, and why, when the sandbox cannot be asked', async () => {
    const answer = await ask('No token', 'page', '100000000000002')
    expect({ linked: answer.linked, source: answer.source }).toEqual({
      linked: null,
      source: 'sandbox',
    })
    expect(answer.message).toContain('has no token in the keychain')
  })

  it('a Meta connection: what the connection lists, labelled, and no call', async () => {
    const listed = await ask('Meta', 'page', '100000000000002')
    const other = await ask('Meta', 'page', '300000000000002')
    expect(
      [listed, other].map(({ linked, source, message }) => ({ linked, source, message })),
    ).toEqual([
      {
        linked: true,
        source: 'connection',
        message:
          'The connection lists the Facebook Page 100000000000002 as linked to dataset 123456789012345.',
      },
      {
        linked: false,
        source: 'connection',
        message:
          'The connection does not list the Facebook Page 300000000000002 (it lists 100000000000002), so it counts as not linked to dataset 123456789012345.',
      },
    ])
    expect(listed.evidence).toContain(
      'not asked of Meta while you edit. The connection was never checked',
    )
  })

  it('refuses an asset ID that is not digits (the contract)', async () => {
    const result = await dispatch(services.handlers, 'connections.assetLink', {
      connectionId: ids['Meta'],
      kind: 'page',
      assetId: 'abc',
    })
    expect(result.ok).toBe(false)
  })
})
