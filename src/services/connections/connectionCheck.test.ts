import { describe, expect, it } from 'vitest'
import { type CheckGraph, GraphCheckError } from './checkGraph'
import { checkConnection } from './connectionCheck'
import type { StoredConnection } from './connectionDocument'

const now = new Date('2026-11-25T12:00:00.000Z')
const token = 'EAAGcanarytoken0123456789abcdef'

const connection: StoredConnection = {
  schemaVersion: 1,
  id: 'acme-abc123',
  name: 'Acme',
  portfolioName: '',
  businessAccountName: '',
  datasetId: '1111111111111111',
  apiVersion: 'v26.0',
  endpoint: { kind: 'meta' },
  assets: {
    whatsapp: { id: '2001', country: 'BR' },
    page: { id: '3001', country: 'US' },
  },
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
}

const allPermissions = [
  'whatsapp_business_management',
  'whatsapp_business_manage_events',
  'page_events',
  'instagram_manage_events',
  'business_management',
]

function fakeGraph(overrides: Partial<CheckGraph> = {}): CheckGraph {
  return {
    debugToken: async () => ({
      isValid: true,
      expiresAt: 0,
      scopes: allPermissions,
      type: 'SYSTEM_USER',
      appId: '42',
    }),
    getMe: async () => ({ id: '7', name: 'System user' }),
    getPermissions: async () =>
      allPermissions.map((permission) => ({ permission, status: 'granted' })),
    getDataset: async (id) => ({ id, name: 'Acme dataset' }),
    getAssetDatasets: async () => ['1111111111111111'],
    ...overrides,
  }
}

function run(graph: CheckGraph, target: StoredConnection = connection) {
  return checkConnection(target, graph, token, now, 'https://graph.facebook.com')
}

describe('checkConnection', () => {
  it('passes a healthy connection with everything it learned', async () => {
    expect(await run(fakeGraph())).toEqual({
      at: '2026-11-25T12:00:00.000Z',
      outcome: 'passed',
      summary: 'Token valid (never expires), dataset "Acme dataset" found, 2 of 2 assets linked.',
      endpoint: 'https://graph.facebook.com',
      apiVersion: 'v26.0',
      token: {
        valid: true,
        via: 'debug_token',
        expiresAt: null,
        neverExpires: true,
        type: 'SYSTEM_USER',
        appId: '42',
      },
      identity: { id: '7', name: 'System user' },
      permissions: { known: true, granted: [...allPermissions].sort(), declined: [] },
      channels: [
        {
          channel: 'whatsapp',
          inUse: true,
          required: ['whatsapp_business_management', 'whatsapp_business_manage_events'],
          missing: [],
        },
        { channel: 'messenger', inUse: true, required: ['page_events'], missing: [] },
        { channel: 'instagram', inUse: false, required: ['instagram_manage_events'], missing: [] },
      ],
      dataset: { id: '1111111111111111', found: true, name: 'Acme dataset' },
      assets: [
        {
          kind: 'whatsapp',
          id: '2001',
          country: 'BR',
          linked: true,
          linkedDatasetIds: ['1111111111111111'],
        },
        {
          kind: 'page',
          id: '3001',
          country: 'US',
          linked: true,
          linkedDatasetIds: ['1111111111111111'],
        },
      ],
      problems: [],
    })
  })

  it('reports missing permissions per channel in use, unlinked assets and a missing dataset', async () => {
    const report = await run(
      fakeGraph({
        getPermissions: async () => [
          { permission: 'whatsapp_business_management', status: 'granted' },
          { permission: 'page_events', status: 'declined' },
        ],
        getDataset: async () => {
          throw new GraphCheckError('graph', 'Unsupported get request.', 100, 33)
        },
        getAssetDatasets: async (kind) => (kind === 'page' ? ['999'] : ['1111111111111111']),
      }),
    )
    expect({
      outcome: report.outcome,
      summary: report.summary,
      problems: report.problems.map(
        (problem) => `${problem.severity} ${problem.code}: ${problem.message}`,
      ),
    }).toEqual({
      outcome: 'failed',
      summary:
        'Token valid (never expires), dataset not found, 1 of 2 assets linked; 4 errors, 1 warning.',
      problems: [
        'error permission_missing: WhatsApp events need whatsapp_business_manage_events, which the token does not have.',
        'error permission_missing: Messenger events need page_events, which the token does not have.',
        'warning permission_missing: One of Meta’s Messenger guides also asks for business_management (or ads_read / ads_management); the token has none of them.',
        'error dataset_not_found: Dataset 1111111111111111 does not exist or this token cannot see it (Unsupported get request.).',
        'error asset_not_linked: The Facebook Page 3001 is not linked to dataset 1111111111111111. It is linked to 999 instead. Events for it will not be attributed, and (as respond.io notes) an asset not linked to the dataset does not even show up in the dataset list.',
      ],
    })
  })

  it('falls back to /me when debug_token is refused, and stops at an invalid token', async () => {
    const refused = async (): Promise<never> => {
      throw new GraphCheckError('graph', `Invalid OAuth access token ${token}`, 190)
    }
    const viaMe = await run(fakeGraph({ debugToken: refused }))
    const invalid = await run(fakeGraph({ debugToken: refused, getMe: refused }))
    expect([
      viaMe.token,
      viaMe.outcome,
      invalid.token,
      invalid.outcome,
      invalid.problems.map((problem) => problem.code),
      JSON.stringify(invalid).includes(token),
    ]).toEqual([
      { valid: true, via: 'me', expiresAt: null, neverExpires: false },
      'passed',
      { valid: false, via: 'me', expiresAt: null, neverExpires: false },
      'failed',
      ['token_invalid'],
      false,
    ])
  })

  it('says when the endpoint cannot be reached, without the token', async () => {
    const unreachable = async (): Promise<never> => {
      throw new GraphCheckError(
        'network',
        `connect ECONNREFUSED 127.0.0.1:9 ?access_token=${encodeURIComponent(token)}`,
      )
    }
    const report = await run(fakeGraph({ debugToken: unreachable, getMe: unreachable }))
    expect([report.outcome, report.summary, report.problems[0]?.message]).toEqual([
      'failed',
      'Endpoint not reached; 1 error.',
      'Could not reach the endpoint: connect ECONNREFUSED 127.0.0.1:9 ?access_token=<REDACTED>',
    ])
  })

  it('warns about a token that expires within a week and about channels when no asset is listed', async () => {
    const report = await run(
      fakeGraph({
        debugToken: async () => ({ isValid: true, expiresAt: now.getTime() / 1000 + 3 * 86_400 }),
        getPermissions: async () => [{ permission: 'page_events', status: 'granted' }],
      }),
      { ...connection, assets: {} },
    )
    expect(report.problems.map((problem) => `${problem.severity} ${problem.code}`)).toEqual([
      'warning token_expiring',
      'warning permission_missing',
      'warning permission_missing',
    ])
  })

  it('a WhatsApp Business account in a restricted region is a note: the outcome is as for any other country (spec rev. 2)', async () => {
    const inRegion = await run(fakeGraph(), {
      ...connection,
      assets: { whatsapp: { id: '2001', country: 'DE' } },
    })
    const elsewhere = await run(fakeGraph(), {
      ...connection,
      assets: { whatsapp: { id: '2001', country: 'US' } },
    })
    expect({
      notes: inRegion.problems
        .filter((problem) => problem.code.includes('region'))
        .map((problem) => `${problem.severity} ${problem.code}`),
      outcome: inRegion.outcome,
    }).toEqual({ notes: ['info waba_restricted_region'], outcome: elsewhere.outcome })
  })

  it('adds version expiry and restricted-region advice, and quotes Meta on an invalid token', async () => {
    const advised = await run(fakeGraph(), {
      ...connection,
      apiVersion: 'v20.0',
      assets: {
        instagram: { id: '4001', country: 'JP' },
        whatsapp: { id: '2001', country: 'DE' },
      },
    })
    const invalid = await run(
      fakeGraph({
        debugToken: async () => ({ isValid: false, error: `Session has expired ${token}` }),
      }),
    )
    expect([
      advised.problems.map((problem) => `${problem.severity} ${problem.code}`),
      invalid.problems.map((problem) => problem.message),
    ]).toEqual([
      ['warning api_version_expired', 'info waba_restricted_region', 'warning restricted_region'],
      [
        'The token is not valid: it expired, was revoked, or belongs to another endpoint. Meta said: Session has expired <REDACTED>',
      ],
    ])
  })
})
