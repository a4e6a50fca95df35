import { randomBytes } from 'node:crypto'
import { readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ConnectionFields } from '../../shared/connections/connectionSchema'
import { AppError } from '../../shared/result'
import { ensurePrivateDirectory } from '../dataDirectory'
import {
  connectionSchemaVersion,
  readConnectionDocument,
  type StoredConnection,
} from './connectionDocument'
import { atomicWriteFile } from '../files/atomicWriteFile'

export interface FileProblem {
  file: string
  message: string
}

export interface ConnectionStoreOptions {
  dataDirectory: string
  now: () => Date
  /** A short random suffix for new ids; injected in tests. */
  newSuffix?: () => string
}

/** Ids read well in file names: `acme-brazil-3f9a1c`. */
export function connectionIdFor(name: string, suffix: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return `${slug || 'connection'}-${suffix}`
}

/**
 * Connections on disk: one JSON file per connection in `<data>/connections/`, owner-only, written
 * atomically. One file each keeps a damaged file from hiding the others. Never holds a token.
 * Writes in this process run one at a time so read-modify-write updates do not lose changes.
 */
export class ConnectionStore {
  readonly directory: string
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: ConnectionStoreOptions) {
    this.directory = join(options.dataDirectory, 'connections')
  }

  async list(): Promise<{ connections: StoredConnection[]; problems: FileProblem[] }> {
    const names = await this.fileNames()
    const connections: StoredConnection[] = []
    const problems: FileProblem[] = []
    for (const name of names) {
      try {
        connections.push(await this.readFile(name))
      } catch (error) {
        const message = error instanceof AppError ? error.message : 'The file cannot be read.'
        problems.push({ file: join('connections', name), message })
      }
    }
    connections.sort((a, b) => a.name.localeCompare(b.name))
    return { connections, problems }
  }

  async get(id: string): Promise<StoredConnection> {
    if (!/^[a-z0-9-]{1,64}$/.test(id)) throw notFound(id)
    try {
      return await this.readFile(`${id}.json`)
    } catch (error) {
      if (isMissing(error)) throw notFound(id)
      throw error
    }
  }

  /** Finds by id or by name (case-insensitive), the way the CLI names connections. */
  async find(idOrName: string): Promise<StoredConnection> {
    const { connections } = await this.list()
    const wanted = idOrName.trim().toLowerCase()
    const found =
      connections.find((connection) => connection.id === idOrName) ??
      connections.find((connection) => connection.name.toLowerCase() === wanted)
    if (!found) throw notFound(idOrName)
    return found
  }

  create(fields: ConnectionFields): Promise<StoredConnection> {
    return this.serially(async () => {
      await this.assertNameFree(fields.name)
      const suffix = this.options.newSuffix?.() ?? randomBytes(3).toString('hex')
      const at = this.options.now().toISOString()
      const stored: StoredConnection = {
        schemaVersion: connectionSchemaVersion,
        id: connectionIdFor(fields.name, suffix),
        ...fields,
        createdAt: at,
        updatedAt: at,
      }
      await this.write(stored)
      return stored
    })
  }

  /** Applies a change to the current file content and stamps `updatedAt`. */
  update(
    id: string,
    change: (current: StoredConnection) => StoredConnection,
  ): Promise<StoredConnection> {
    return this.serially(async () => {
      const current = await this.get(id)
      const next = { ...change(current), id, updatedAt: this.options.now().toISOString() }
      if (next.name.toLowerCase() !== current.name.toLowerCase()) {
        await this.assertNameFree(next.name)
      }
      await this.write(next)
      return next
    })
  }

  remove(id: string): Promise<void> {
    return this.serially(async () => {
      try {
        await unlink(join(this.directory, `${id}.json`))
      } catch (error) {
        if (isMissing(error)) throw notFound(id)
        throw error
      }
    })
  }

  private async write(stored: StoredConnection): Promise<void> {
    await ensurePrivateDirectory(this.directory)
    const text = JSON.stringify(stored, null, 2) + '\n'
    await atomicWriteFile(join(this.directory, `${stored.id}.json`), text)
  }

  private async readFile(name: string): Promise<StoredConnection> {
    const text = await readFile(join(this.directory, name), 'utf8')
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw new AppError('connection_unreadable', `connections/${name} is not valid JSON.`)
    }
    let stored: StoredConnection
    try {
      stored = readConnectionDocument(raw)
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.code, `connections/${name}: ${error.message}`, error.details)
      }
      throw error
    }
    if (`${stored.id}.json` !== name) {
      throw new AppError(
        'connection_unreadable',
        `connections/${name} holds the connection "${stored.id}"; the file name must match its id.`,
      )
    }
    return stored
  }

  private async fileNames(): Promise<string[]> {
    try {
      const entries = await readdir(this.directory)
      return entries.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort()
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  private async assertNameFree(name: string): Promise<void> {
    const { connections } = await this.list()
    if (connections.some((connection) => connection.name.toLowerCase() === name.toLowerCase())) {
      throw new AppError('name_taken', `There is already a connection named "${name}".`)
    }
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task)
    this.queue = result.catch(() => undefined)
    return result
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

/** Does not repeat what was asked for: a token pasted in the wrong place must not be echoed. */
function notFound(_idOrName: string): AppError {
  return new AppError(
    'not_found',
    'There is no connection with that name or id (capi connection list shows them).',
  )
}
