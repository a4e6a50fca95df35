import { mkdir, open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  allHistory,
  HistoryEntry,
  type AcceptedMatch,
  type HistorySummary,
  type ParsedHistoryQuery,
} from '../../shared/contract/historyChannels'
import { AppError } from '../../shared/result'
import { atomicWriteFile } from '../files/atomicWriteFile'
import { withFileLock } from '../files/fileLock'
import { capLine } from './capLine'
import { SerialQueue } from '../../base/serialQueue'
import { buildEntry, type RecordSendInput } from './buildEntry'
import { describeBody, eventFingerprint } from './eventFingerprint'

export type { RecordSendInput } from './buildEntry'

export const defaultHistoryLimit = 1000

export interface HistoryStoreOptions {
  /** `<data dir>/history` */
  directory: string
  now: () => Date
  onChanged?: (change: { kind: 'recorded' | 'deleted' | 'cleared'; id?: string }) => void
}

/**
 * Every send, newest last in `history.jsonl` (one JSON entry per line, appended and fsynced), kept in
 * memory for search. Bounded: past the limit the file is rewritten atomically with the newest
 * entries. A torn last line (a crash mid-append) is skipped on load.
 */
export class HistoryStore {
  private entries: HistoryEntry[] = []
  /** Every id this process has loaded, recorded or deleted; others in the file came from another
   * process (the CLI, a second window) and are kept when the file is rewritten. */
  private readonly seenIds = new Set<string>()
  private limit = defaultHistoryLimit
  private loaded: Promise<void> | undefined
  private readonly queue = new SerialQueue()

  constructor(private readonly options: HistoryStoreOptions) {}

  private get file(): string {
    return join(this.options.directory, 'history.jsonl')
  }

  private get settingsFile(): string {
    return join(this.options.directory, 'settings.json')
  }

  load(): Promise<void> {
    // A failed read (a file briefly locked, a permission fixed later) is retried on the next call.
    this.loaded ??= this.readAll().catch((error: unknown) => {
      this.loaded = undefined
      throw error
    })
    return this.loaded
  }

  async record(input: RecordSendInput): Promise<HistoryEntry> {
    await this.load()
    const entry = buildEntry(input, this.options.now())
    await this.locked(async () => {
      await this.appendLine(capLine(entry))
      this.entries.push(entry)
      this.seenIds.add(entry.id)
      if (this.entries.length > this.limit + Math.max(20, Math.floor(this.limit / 10))) {
        await this.compact()
      }
    })
    this.options.onChanged?.({ kind: 'recorded', id: entry.id })
    return entry
  }

  /** The query arrives parsed (the dispatcher's schema, or a typed caller): no second parse. */
  async list(
    query: ParsedHistoryQuery = allHistory,
  ): Promise<{ entries: HistorySummary[]; total: number; limit: number }> {
    await this.load()
    const { text, eventName, outcome, fbtraceId, limit, offset } = query
    const needle = text?.trim().toLowerCase()
    const matching = this.visible()
      .filter((entry) => !outcome || entry.outcome === outcome)
      .filter((entry) => !eventName || entry.eventNames.includes(eventName))
      .filter((entry) => !fbtraceId || entry.fbtraceId === fbtraceId.trim())
      .filter((entry) => !needle || searchText(entry).includes(needle))
      .reverse()
    return {
      entries: matching.slice(offset, offset + limit).map(toSummary),
      total: matching.length,
      limit: this.limit,
    }
  }

  async get(id: string): Promise<HistoryEntry> {
    await this.load()
    const entry = this.entries.find((candidate) => candidate.id === id)
    if (!entry)
      throw new AppError(
        'not_found',
        'There is no such history entry (it may have been deleted or dropped past the limit).',
      )
    return entry
  }

  async delete(id: string): Promise<{ deleted: boolean }> {
    await this.load()
    return this.locked(async () => {
      const before = this.entries.length
      this.entries = this.entries.filter((entry) => entry.id !== id)
      if (this.entries.length === before) return { deleted: false }
      await this.compact()
      this.options.onChanged?.({ kind: 'deleted', id })
      return { deleted: true }
    })
  }

  async clear(): Promise<{ deleted: number }> {
    await this.load()
    return this.locked(async () => {
      const deleted = this.entries.length
      this.entries = []
      await this.compact({ adoptOthers: false })
      this.options.onChanged?.({ kind: 'cleared' })
      return { deleted }
    })
  }

  async settings(change?: { limit?: number }): Promise<{ limit: number }> {
    await this.load()
    if (change?.limit !== undefined) {
      this.limit = change.limit
      await this.locked(async () => {
        await atomicWriteFile(
          this.settingsFile,
          JSON.stringify({ limit: this.limit }, null, 2) + '\n',
        )
        await this.compact()
      })
    }
    return { limit: this.limit }
  }

  /** Accepted, non-test sends that carried the same event_id or the same payload as an event of `body`. */
  async findAccepted(
    body: unknown,
  ): Promise<{ skipped: 'test_event' | null; matches: AcceptedMatch[] }> {
    await this.load()
    const outgoing = describeBody(body)
    if (outgoing.testEventCode) return { skipped: 'test_event', matches: [] }
    // Accepted sends, and attempts whose outcome is unknown (Meta may have counted them).
    const accepted = this.visible().filter(
      (entry) =>
        (entry.outcome === 'accepted' || entry.outcome === 'unknown') && !entry.testEventCode,
    )
    const matches: AcceptedMatch[] = []
    outgoing.events.forEach((event, eventIndex) => {
      const eventId = (event as { event_id?: unknown } | null)?.event_id
      const hash = eventFingerprint(event)
      for (const entry of [...accepted].reverse()) {
        const matchedBy =
          typeof eventId === 'string' && eventId !== '' && entry.eventIds.includes(eventId)
            ? 'event_id'
            : entry.payloadHashes.includes(hash)
              ? 'payload'
              : undefined
        if (!matchedBy) continue
        const where = `${entry.connectionName ? `connection "${entry.connectionName}", ` : ''}dataset ${entry.datasetId ?? '?'} at ${entry.endpoint}`
        const subject =
          matchedBy === 'event_id' ? `event_id "${String(eventId)}"` : 'The same event'
        const unknown = entry.outcome === 'unknown'
        matches.push({
          eventIndex,
          outcome: unknown ? 'unknown' : 'accepted',
          matchedBy,
          entryId: entry.id,
          time: entry.time,
          ...(entry.connectionName ? { connectionName: entry.connectionName } : {}),
          endpoint: entry.endpoint,
          ...(entry.datasetId ? { datasetId: entry.datasetId } : {}),
          message: unknown
            ? `${subject} was sent on ${entry.time} (${where}) with an unknown outcome (${entry.errorTitle ?? 'network error'}): Meta may have counted it. Check Events Manager before sending it again; Meta does not deduplicate business-messaging events.`
            : `${subject} was already accepted on ${entry.time} (${where}). Meta does not deduplicate business-messaging events: sending it again counts it twice.`,
        })
        break
      }
    })
    return { skipped: null, matches }
  }

  /**
   * Every write to the history files, in this process's queue and under `history.lock`, which the
   * app, a second window and the CLI all take: a rewrite (compaction, delete) never drops a line
   * another process appended between its read and its rename.
   */
  private locked<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run('file', async () => {
      await mkdir(this.options.directory, { recursive: true, mode: 0o700 })
      return withFileLock(join(this.options.directory, 'history.lock'), task)
    })
  }

  /**
   * One `write` of one whole line in append mode. A file ending in a torn line (a crash
   * mid-append, by any process) gets a newline first, so this entry is not glued to it.
   */
  private async appendLine(line: string): Promise<void> {
    const handle = await open(this.file, 'a+', 0o600)
    try {
      const { size } = await handle.stat()
      let prefix = ''
      if (size > 0) {
        const last = Buffer.alloc(1)
        await handle.read(last, 0, 1, size - 1)
        if (last[0] !== 0x0a) prefix = '\n'
      }
      const bytes = Buffer.from(prefix + line + '\n', 'utf8')
      const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null)
      if (bytesWritten !== bytes.length) {
        throw new AppError('internal', 'The history entry was written only in part.')
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  private visible(): HistoryEntry[] {
    return this.entries.slice(-this.limit)
  }

  /** Rewrites the file with the newest entries, keeping what another process appended meanwhile. */
  private async compact(options: { adoptOthers: boolean } = { adoptOthers: true }): Promise<void> {
    if (options.adoptOthers) {
      const others = parseLines(await this.readHistoryText()).filter(
        (entry) => !this.seenIds.has(entry.id),
      )
      for (const entry of others) this.seenIds.add(entry.id)
      if (others.length > 0) {
        this.entries = [...this.entries, ...others].sort((a, b) => a.time.localeCompare(b.time))
      }
    }
    this.entries = this.entries.slice(-this.limit)
    await mkdir(this.options.directory, { recursive: true, mode: 0o700 })
    await atomicWriteFile(this.file, this.entries.map((entry) => capLine(entry) + '\n').join(''))
  }

  private readHistoryText(): Promise<string> {
    return readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return ''
      throw error
    })
  }

  private async readAll(): Promise<void> {
    const settings = await readFile(this.settingsFile, 'utf8').catch(() => undefined)
    if (settings) {
      // A damaged settings file falls back to the default limit instead of disabling the history.
      const limit = Number(parseOrUndefined<{ limit?: unknown }>(settings)?.limit)
      if (Number.isInteger(limit) && limit >= 10) this.limit = limit
    }
    const text = await this.readHistoryText()
    this.entries = parseLines(text)
    for (const entry of this.entries) this.seenIds.add(entry.id)
  }
}

/** The entries of history.jsonl; a line torn by a crash mid-append is skipped (compaction drops it). */
function parseLines(text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const parsed = HistoryEntry.safeParse(parseOrUndefined(line))
    if (parsed.success) entries.push(parsed.data)
  }
  return entries
}

function parseOrUndefined<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

function searchText(entry: HistoryEntry): string {
  return [
    ...entry.eventNames,
    ...entry.eventIds,
    entry.fbtraceId,
    entry.connectionName,
    entry.datasetId,
    entry.outcome,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase()
}

function toSummary(entry: HistoryEntry): HistorySummary {
  const {
    request: _request,
    response: _response,
    timing: _timing,
    draft: _draft,
    ...summary
  } = entry
  return summary
}
