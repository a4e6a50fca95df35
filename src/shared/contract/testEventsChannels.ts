import { z } from 'zod'
import { channel } from './channel'

/** A renderer-chosen id for one live watch (so it can subscribe before the first event arrives). */
export const WatchId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** One parameter the sandbox received, with the normalized value where the Workbench sent it. */
export const ReceivedParameter = z.object({
  /** `user_data.em`, `custom_data.value`, ... */
  key: z.string(),
  value: z.string(),
  normalized: z.string().optional(),
})

/** One event as the Test events view lists it (a sandbox TestEventRecord, annotated by main). */
export const ReceivedTestEvent = z.object({
  testEventCode: z.string(),
  datasetId: z.string(),
  receivedAt: z.string(),
  eventName: z.string().nullable(),
  channel: z.string().nullable(),
  eventTime: z.number().nullable(),
  eventId: z.string().nullable(),
  fbtraceId: z.string(),
  userAgent: z.string().optional(),
  /** Sent by this Workbench (its User-Agent), not by another program. */
  sentByWorkbench: z.boolean(),
  parameters: z.array(ReceivedParameter),
})
export type ReceivedTestEvent = z.infer<typeof ReceivedTestEvent>

export const TestEventsReceived = z.object({
  watchId: WatchId,
  events: z.array(ReceivedTestEvent),
  /** Set once the stored events have been sent; what follows arrives live. */
  caughtUp: z.boolean().optional(),
  /** Set when the stream ended (the sandbox stopped): why, in words. */
  ended: z.string().optional(),
})
export type TestEventsReceived = z.infer<typeof TestEventsReceived>

export const testEventsChannels = {
  /**
   * Starts a live watch of the sandbox's Test events for a sandbox connection, for one test event
   * code or all: main reads the sandbox's event stream and pushes `testEvents.received`.
   */
  'testEvents.watch': channel(
    z
      .object({
        watchId: WatchId,
        connectionId: z.string().min(1).max(64),
        testEventCode: z.string().trim().max(100).optional(),
      })
      .strict(),
    z.object({ watchId: WatchId, datasetId: z.string(), endpoint: z.string() }),
  ),
  'testEvents.unwatch': channel(
    z.object({ watchId: WatchId }).strict(),
    z.object({ stopped: z.boolean() }),
  ),
}
