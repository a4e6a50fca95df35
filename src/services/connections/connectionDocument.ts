import { z } from 'zod'
import {
  ConnectionFields,
  ConnectionId,
  LastCheck,
  type ConnectionView,
} from '../../shared/connections/connectionSchema'
import { AppError } from '../../shared/result'

/** The version written into every connection file; bump it with a migration when the shape changes. */
export const connectionSchemaVersion = 1

/** A connection as stored on disk: never the token, only its hint and when it was set. */
export const StoredConnection = ConnectionFields.extend({
  schemaVersion: z.literal(connectionSchemaVersion),
  id: ConnectionId,
  createdAt: z.string(),
  updatedAt: z.string(),
  lastCheck: LastCheck.optional(),
  token: z
    .object({ hint: z.string().max(20), setAt: z.string() })
    .strict()
    .optional(),
}).strict()
export type StoredConnection = z.infer<typeof StoredConnection>

/** Turns a document of version `from` into version `from + 1`. */
export interface ConnectionMigration {
  from: number
  migrate(document: Record<string, unknown>): Record<string, unknown>
}

/**
 * Steps from older file versions to the current one, in order. Version 1 is the first released
 * shape, so there are none yet; when version 2 arrives, add `{ from: 1, migrate }` here.
 */
export const connectionMigrations: ConnectionMigration[] = []

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads a parsed JSON file: migrates it to the current version and validates it, or says what is wrong. */
export function readConnectionDocument(
  raw: unknown,
  migrations: ConnectionMigration[] = connectionMigrations,
  currentVersion: number = connectionSchemaVersion,
): StoredConnection {
  if (!isRecord(raw)) throw unreadable('it is not a JSON object')
  let document = raw
  const version = document.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw unreadable('it has no valid "schemaVersion"')
  }
  if (version > currentVersion) {
    throw unreadable(
      `it was written by a newer CAPI Workbench (schema version ${version}; this one reads up to ${currentVersion}). Update the app`,
    )
  }
  for (let from = version; from < currentVersion; from++) {
    const step = migrations.find((migration) => migration.from === from)
    if (!step) throw unreadable(`there is no migration from schema version ${from}`)
    document = { ...step.migrate(document), schemaVersion: from + 1 }
  }
  // The migrated document is validated against the current shape and written back with the
  // current version the next time it is saved.
  const { schemaVersion: _migratedVersion, ...fields } = document
  const parsed = StoredConnection.safeParse({ ...fields, schemaVersion: connectionSchemaVersion })
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`)
    throw new AppError(
      'connection_unreadable',
      `The connection file is not valid: ${details.join('; ')}.`,
      details,
    )
  }
  return parsed.data
}

function unreadable(reason: string): AppError {
  return new AppError('connection_unreadable', `The connection file cannot be read: ${reason}.`)
}

/** What leaves main: the stored connection with the token reduced to `hasToken` and its hint. */
export function toConnectionView(stored: StoredConnection): ConnectionView {
  const { schemaVersion: _version, token, ...fields } = stored
  return token
    ? { ...fields, hasToken: true, tokenHint: token.hint, tokenSetAt: token.setAt }
    : { ...fields, hasToken: false }
}
