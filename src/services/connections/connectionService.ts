import type { z } from 'zod'
import type { ConnectionCheckReport } from '../../shared/connections/connectionCheckReport'
import {
  ConnectionFields,
  type ConnectionFieldsInput,
  type ConnectionView,
  endpointBaseUrl,
} from '../../shared/connections/connectionSchema'
import { PastedToken } from '../../shared/contract/connectionsChannels'
import type { KeychainStatus } from '../../shared/connections/keychainStatus'
import { AppError } from '../../shared/result'
import type { SecretStore } from '../secrets/secretStore'
import type { CheckGraphFactory } from './checkGraph'
import { checkConnection } from './connectionCheck'
import { type StoredConnection, toConnectionView } from './connectionDocument'
import type { ConnectionStore, FileProblem } from './connectionStore'
import { tokenHint } from './tokenHint'

/** Validates with a schema; the details name fields and rules, never the value. */
function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, message: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const details = parsed.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(value)'}: ${issue.message}`,
  )
  throw new AppError('invalid_input', `${message} ${details.join('; ')}`, details)
}

export type ConnectionChange = 'saved' | 'deleted' | 'token' | 'checked'

export interface ConnectionServiceOptions {
  store: ConnectionStore
  secrets: SecretStore
  /** Builds the Graph calls of a check for one endpoint, version and token. */
  graphFor: CheckGraphFactory
  now: () => Date
  onChange?: (id: string, change: ConnectionChange) => void
}

/** What a sender needs; main-side only, never returned over IPC. */
export interface ConnectionCredentials {
  connection: StoredConnection
  baseUrl: string
  token: string
}

/**
 * Connections and their tokens. The token goes into the keychain (account = connection id) and
 * never comes back out except through `credentialsFor`, which only main-side senders call.
 * A token is bound to the endpoint it was set for: changing the endpoint removes it, so a token
 * cannot be redirected to another server.
 */
export class ConnectionService {
  constructor(private readonly options: ConnectionServiceOptions) {}

  async list(): Promise<{ connections: ConnectionView[]; problems: FileProblem[] }> {
    const { connections, problems } = await this.options.store.list()
    return { connections: connections.map(toConnectionView), problems }
  }

  async get(id: string): Promise<ConnectionView> {
    return toConnectionView(await this.options.store.get(id))
  }

  /** By id or by name (case-insensitive). */
  async find(idOrName: string): Promise<ConnectionView> {
    return toConnectionView(await this.options.store.find(idOrName))
  }

  async save(input: ConnectionFieldsInput & { id?: string }): Promise<ConnectionView> {
    const { id, ...raw } = input
    const fields = parseOrThrow(ConnectionFields, raw, 'The connection is not valid.')
    if (!id) {
      const created = await this.options.store.create(fields)
      this.changed(created.id, 'saved')
      return toConnectionView(created)
    }
    const before = await this.options.store.get(id)
    const endpointChanged = endpointBaseUrl(before.endpoint) !== endpointBaseUrl(fields.endpoint)
    if (endpointChanged) {
      // Also when the file does not record a token: a keychain entry left by an interrupted
      // setToken would otherwise be sent to the new endpoint by credentialsFor.
      try {
        await this.options.secrets.delete(id)
      } catch (error) {
        if (before.token) throw error
      }
    }
    const targetChanged =
      endpointChanged ||
      before.datasetId !== fields.datasetId ||
      before.apiVersion !== fields.apiVersion ||
      JSON.stringify(before.assets) !== JSON.stringify(fields.assets)
    const saved = await this.options.store.update(id, (current) => {
      const next: StoredConnection = { ...current, ...fields }
      if (endpointChanged) delete next.token
      if (targetChanged) delete next.lastCheck
      if (fields.testEventCode === undefined) delete next.testEventCode
      return next
    })
    this.changed(id, 'saved')
    return toConnectionView(saved)
  }

  /** Deletes the keychain entry first, so a failed delete never leaves a token behind. */
  async delete(id: string): Promise<{ id: string; tokenRemoved: boolean }> {
    const stored = await this.options.store.get(id)
    let tokenRemoved = false
    try {
      tokenRemoved = await this.options.secrets.delete(id)
    } catch (error) {
      if (stored.token) throw error
    }
    await this.options.store.remove(id)
    this.changed(id, 'deleted')
    return { id, tokenRemoved }
  }

  async setToken(id: string, pasted: string): Promise<ConnectionView> {
    const token = parseOrThrow(PastedToken, pasted, 'That does not look like an access token.')
    await this.options.store.get(id)
    await this.options.secrets.set(id, token)
    const at = this.options.now().toISOString()
    const saved = await this.options.store.update(id, (current) => {
      const next: StoredConnection = { ...current, token: { hint: tokenHint(token), setAt: at } }
      delete next.lastCheck
      return next
    })
    this.changed(id, 'token')
    return toConnectionView(saved)
  }

  async removeToken(id: string): Promise<ConnectionView> {
    await this.options.store.get(id)
    await this.options.secrets.delete(id)
    const saved = await this.options.store.update(id, (current) => {
      const next: StoredConnection = { ...current }
      delete next.token
      delete next.lastCheck
      return next
    })
    this.changed(id, 'token')
    return toConnectionView(saved)
  }

  async check(id: string): Promise<ConnectionCheckReport> {
    const { connection, baseUrl, token } = await this.credentialsFor(id)
    const graph = this.options.graphFor({ baseUrl, apiVersion: connection.apiVersion, token })
    const report = await checkConnection(connection, graph, token, this.options.now(), baseUrl)
    await this.options.store.update(connection.id, (current) => ({
      ...current,
      lastCheck: { at: report.at, outcome: report.outcome, summary: report.summary },
    }))
    this.changed(connection.id, 'checked')
    return report
  }

  keychainStatus(): Promise<KeychainStatus> {
    return this.options.secrets.status()
  }

  /** The connection (by id or name) with its endpoint and token, for main-side senders. */
  async credentialsFor(idOrName: string): Promise<ConnectionCredentials> {
    const connection = await this.options.store.find(idOrName)
    const token = await this.options.secrets.get(connection.id)
    if (!token) {
      if (connection.token) {
        await this.options.store.update(connection.id, (current) => {
          const next: StoredConnection = { ...current }
          delete next.token
          return next
        })
      }
      throw new AppError(
        'no_token',
        `The connection "${connection.name}" has no token in the keychain. Set one first (capi token set "${connection.name}", or paste it in the connection editor).`,
      )
    }
    return { connection, baseUrl: endpointBaseUrl(connection.endpoint), token }
  }

  private changed(id: string, change: ConnectionChange): void {
    this.options.onChange?.(id, change)
  }
}
