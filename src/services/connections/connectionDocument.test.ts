import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/result'
import { readConnectionDocument, toConnectionView } from './connectionDocument'

const version1 = {
  schemaVersion: 1,
  id: 'acme-brazil-abc123',
  name: 'Acme Brazil',
  portfolioName: 'Acme Portfolio',
  businessAccountName: 'Acme BR',
  datasetId: '1234567890123456',
  apiVersion: 'v26.0',
  endpoint: { kind: 'meta' },
  assets: { whatsapp: { id: '102290129340398', country: 'BR' } },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  token: { hint: 'EAAB…x9Qz', setAt: '2026-11-25T10:01:00.000Z' },
}

function failure(
  raw: unknown,
  ...rest: Parameters<typeof readConnectionDocument> extends [unknown, ...infer R] ? R : never
): string {
  try {
    readConnectionDocument(raw, ...rest)
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`
    throw error
  }
  return 'no error'
}

describe('readConnectionDocument', () => {
  it('reads a current file as it is', () => {
    expect(readConnectionDocument(version1)).toEqual(version1)
  })

  it('runs migrations in order up to the current version', () => {
    const migrations = [
      { from: 1, migrate: (doc: Record<string, unknown>) => ({ ...doc, steps: ['1→2'] }) },
      {
        from: 2,
        migrate: (doc: Record<string, unknown>) => {
          const { steps: _steps, ...rest } = doc
          return { ...rest, name: `${String(doc.name)} (${String(doc.steps)}, 2→3)` }
        },
      },
    ]
    expect(readConnectionDocument(version1, migrations, 3).name).toEqual('Acme Brazil (1→2, 2→3)')
  })

  it('explains files it cannot read', () => {
    expect([
      failure([]),
      failure({ ...version1, schemaVersion: undefined }),
      failure({ ...version1, schemaVersion: 7 }),
      failure(version1, [], 2),
      failure({ ...version1, datasetId: 'abc', apiVersion: '26' }),
      failure({ ...version1, token: { hint: 'x', setAt: 'y', value: 'secret' } }),
    ]).toEqual([
      'connection_unreadable: The connection file cannot be read: it is not a JSON object.',
      'connection_unreadable: The connection file cannot be read: it has no valid "schemaVersion".',
      'connection_unreadable: The connection file cannot be read: it was written by a newer CAPI Workbench (schema version 7; this one reads up to 1). Update the app.',
      'connection_unreadable: The connection file cannot be read: there is no migration from schema version 1.',
      'connection_unreadable: The connection file is not valid: datasetId: A Meta ID is a number (digits only).; apiVersion: A Graph API version looks like v26.0..',
      'connection_unreadable: The connection file is not valid: token: Unrecognized key: "value".',
    ])
  })
})

describe('toConnectionView', () => {
  it('shows the token only as hasToken and its hint', () => {
    const { schemaVersion: _v, token: _t, ...fields } = version1
    expect(toConnectionView(readConnectionDocument(version1))).toEqual({
      ...fields,
      hasToken: true,
      tokenHint: 'EAAB…x9Qz',
      tokenSetAt: '2026-11-25T10:01:00.000Z',
    })
  })
})
