import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { bounded } from './bounded'
import { channel, noInput } from './channel'

/**
 * How a send ended, as the history keeps it: `unknown` is a network failure after which Meta may
 * or may not have counted the events (timeout, dropped connection; isOutcomeUnknown()).
 */
export const SendOutcome = z.enum(['accepted', 'meta_error', 'network_error', 'partial', 'unknown'])
export type SendOutcome = z.infer<typeof SendOutcome>

/** A history entry id (`<time base36>-<8 hex>`); bounded so a reply never echoes a huge input. */
export const HistoryId = z.string().min(1).max(100)

export const HistorySummary = z.object({
  id: z.string(),
  time: z.string(),
  connectionName: z.string().optional(),
  /** Base URL the request went to: `https://graph.facebook.com` or a sandbox. */
  endpoint: z.string(),
  datasetId: z.string().optional(),
  apiVersion: z.string().optional(),
  eventNames: z.array(z.string()),
  eventIds: z.array(z.string()),
  /** One per event: SHA-256 of the event without `event_time`, for the duplicate guard. */
  payloadHashes: z.array(z.string()),
  testEventCode: z.string().optional(),
  outcome: SendOutcome,
  status: z.number().int().optional(),
  fbtraceId: z.string().optional(),
  /** The catalog's title for a Meta error or the network error kind. */
  errorTitle: z.string().optional(),
  totalMs: z.number().optional(),
  presetId: z.string().optional(),
})
export type HistorySummary = z.infer<typeof HistorySummary>

export const RecordedRequest = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  /** The body text as sent (JSON, or a form with `data` as a JSON string). */
  body: z.string().optional(),
})

export const HistoryEntry = HistorySummary.extend({
  /** As sent, with the token redacted (`Bearer <REDACTED>`). */
  request: RecordedRequest,
  response: z.object({
    status: z.number().int().optional(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown().optional(),
    rawBody: z.string().optional(),
    networkError: z.object({ kind: z.string(), message: z.string() }).optional(),
  }),
  timing: z.record(z.string(), z.number()),
  /** The draft it was built from, to re-open it; absent for raw sends. */
  draft: EventDraft.optional(),
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

export const HistoryQuery = z
  .object({
    /** Matches event names, event ids, fbtrace_id, connection and dataset, ignoring case. */
    text: z.string().max(200).optional(),
    eventName: z.string().max(100).optional(),
    outcome: SendOutcome.optional(),
    fbtraceId: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(5000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
export type HistoryQuery = z.input<typeof HistoryQuery>
/** A query as the history store takes it: parsed, with its limit and offset. */
export type ParsedHistoryQuery = z.output<typeof HistoryQuery>
/** No filter: the newest 200. */
export const allHistory: ParsedHistoryQuery = { limit: 200, offset: 0 }

export const AcceptedMatch = z.object({
  eventIndex: z.number().int(),
  /** `accepted`: Meta counted it already; `unknown`: an earlier attempt may have been counted. */
  outcome: z.enum(['accepted', 'unknown']).default('accepted'),
  matchedBy: z.enum(['event_id', 'payload']),
  entryId: z.string(),
  time: z.string(),
  connectionName: z.string().optional(),
  endpoint: z.string(),
  datasetId: z.string().optional(),
  message: z.string(),
})
export type AcceptedMatch = z.infer<typeof AcceptedMatch>

export const historyChannels = {
  'history.list': channel(
    HistoryQuery.optional(),
    z.object({
      entries: z.array(HistorySummary),
      total: z.number().int(),
      limit: z.number().int(),
    }),
  ),
  'history.get': channel(z.object({ id: HistoryId }).strict(), HistoryEntry),
  'history.delete': channel(
    z.object({ id: HistoryId }).strict(),
    z.object({ deleted: z.boolean() }),
  ),
  'history.clear': channel(noInput, z.object({ deleted: z.number().int() })),
  'history.settings': channel(
    z
      .object({ limit: z.number().int().min(10).max(100_000).optional() })
      .strict()
      .optional(),
    z.object({ limit: z.number().int() }),
  ),
  /**
   * The duplicate guard: Meta does not deduplicate business-messaging events, so before a send
   * without a test event code the composer asks whether any event of the body (same event_id, or
   * the same payload apart from event_time) was already accepted — when and where.
   */
  'history.checkDuplicates': channel(
    z
      .object({
        body: bounded(z.unknown(), 'The body', { maxBytes: 10 * 1024 * 1024, maxDepth: 64 }),
      })
      .strict(),
    z.object({ skipped: z.enum(['test_event']).nullable(), matches: z.array(AcceptedMatch) }),
  ),
}

export const HistoryChanged = z.object({
  kind: z.enum(['recorded', 'deleted', 'cleared']),
  id: z.string().optional(),
})
