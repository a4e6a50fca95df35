import { z } from 'zod'
import { graphErrorExplanationSchema } from './errors/graphErrorExplanation'
import { networkErrorKinds } from './errors/explainNetworkError'

/** The request as sent, already redacted (src/shared/redact.ts): safe to show, store, export. */
export const recordedRequestSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string().optional(),
})

/** Milliseconds per phase; they add up to totalMs (a reused connection has connect/TLS 0). */
export const timingSchema = z.object({
  queueMs: z.number().nonnegative(),
  connectMs: z.number().nonnegative(),
  tlsMs: z.number().nonnegative(),
  ttfbMs: z.number().nonnegative(),
  downloadMs: z.number().nonnegative(),
  totalMs: z.number().nonnegative(),
})

export const networkErrorSchema = z.object({
  kind: z.enum(networkErrorKinds),
  message: z.string(),
})

/**
 * The default of `send.slowThresholdMs`: answers slower than this are marked slow. Spec §10 [Meta]:
 * Meta suggests a 1,500 ms timeout; marking slower answers is the Workbench's own choice.
 */
export const slowAnswerMs = 1500

const exchangeFields = {
  request: recordedRequestSchema,
  status: z.number().int().optional(),
  /** Every response header, names lowercased (x-fb-trace-id, x-fb-rev, usage headers, ...). */
  headers: z.record(z.string(), z.string()),
  rawBody: z.string().optional(),
  json: z.unknown().optional(),
  fbtraceId: z.string().optional(),
  explanation: graphErrorExplanationSchema.optional(),
  networkError: networkErrorSchema.optional(),
  timing: timingSchema,
  slow: z.boolean(),
  /** The threshold `slow` was judged against (the `send.slowThresholdMs` setting at send time). */
  slowThresholdMs: z.number().int().positive().optional(),
  /** ISO 8601 time the request started. */
  startedAt: z.string(),
}

/**
 * What one `POST /{version}/{dataset}/events` produced: everything the inspector and history show.
 * accepted = 200 with events_received equal to the events sent; partial = 200 with fewer (a
 * failure, spec §7); meta_error = a Graph error answer; network_error = no usable answer.
 */
export const sendResultSchema = z.object({
  outcome: z.enum(['accepted', 'meta_error', 'network_error', 'partial']),
  ...exchangeFields,
  eventsReceived: z.number().optional(),
  eventsSent: z.number().int().nonnegative(),
})

/** What one connection check (debug_token, /me, permissions, dataset, asset link) produced. */
export const graphCallResultSchema = z.object({
  outcome: z.enum(['ok', 'meta_error', 'network_error']),
  ...exchangeFields,
})

export type RecordedRequestShape = z.infer<typeof recordedRequestSchema>
export type Timing = z.infer<typeof timingSchema>
export type NetworkError = z.infer<typeof networkErrorSchema>
export type SendResult = z.infer<typeof sendResultSchema>
export type GraphCallResult = z.infer<typeof graphCallResultSchema>

/** Response headers the inspector and `capi send` show first (spec §2.1). */
export const notableHeaders: readonly string[] = [
  'facebook-api-version',
  'x-fb-trace-id',
  'x-fb-request-id',
  'x-fb-rev',
  'x-app-usage',
  'x-business-use-case-usage',
  'x-capi-workbench-rule',
  'x-capi-workbench-evidence',
]
