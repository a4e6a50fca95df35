import { z } from 'zod'
import { messagingChannels } from './channels'
import { ChannelIds, type CustomerData, draftSchemaVersion, EventDraft } from './eventDraft'

/**
 * Version 0: the prototype's flat draft. One value per customer field, `eventTime` as Unix seconds
 * or null for "now", `value` as a number. Kept so old files still open (and to prove the path).
 */
export const EventDraftV0 = z.strictObject({
  schemaVersion: z.literal(0).optional(),
  channel: z.enum(messagingChannels),
  eventName: z.string(),
  eventTime: z.number().int().nullable().optional(),
  eventId: z.string().optional(),
  ids: ChannelIds.default({}),
  customData: z
    .strictObject({
      currency: z.string().optional(),
      value: z.union([z.number(), z.string()]).optional(),
      orderId: z.string().optional(),
    })
    .default({}),
  customer: z
    .partialRecord(
      z.enum(['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id']),
      z.string(),
    )
    .default({}),
  testEventCode: z.string().optional(),
  notes: z.string().optional(),
})
export type EventDraftV0 = z.infer<typeof EventDraftV0>

export type MigrateDraftResult =
  { ok: true; draft: EventDraft; fromVersion: number } | { ok: false; errors: string[] }

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    return path === '' ? issue.message : `${path}: ${issue.message}`
  })
}

export function upgradeV0(old: EventDraftV0): EventDraft {
  const customer: CustomerData = {}
  for (const [field, value] of Object.entries(old.customer)) {
    if (value !== undefined) customer[field as keyof CustomerData] = [value]
  }
  const { currency, value, orderId } = old.customData
  const draft: EventDraft = {
    schemaVersion: draftSchemaVersion,
    channel: old.channel,
    eventName: old.eventName,
    eventTime:
      old.eventTime === null || old.eventTime === undefined
        ? { mode: 'now' }
        : { mode: 'fixed', unixSeconds: old.eventTime },
    ids: old.ids,
    customData: {
      ...(currency === undefined ? {} : { currency }),
      ...(value === undefined ? {} : { value: String(value) }),
      ...(orderId === undefined ? {} : { orderId }),
    },
    customer,
  }
  if (old.eventId !== undefined) draft.eventId = old.eventId
  if (old.testEventCode !== undefined) draft.testEventCode = old.testEventCode
  if (old.notes !== undefined) draft.notes = old.notes
  return draft
}

/**
 * Reads a saved or hand-written draft of any known version and returns it as the current version.
 * Without `schemaVersion` the current shape is tried first, then version 0. Errors name the path.
 */
export function migrateDraft(input: unknown): MigrateDraftResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['A draft must be a JSON object.'] }
  }
  const version = (input as Record<string, unknown>)['schemaVersion']
  if (typeof version === 'number' && version > draftSchemaVersion) {
    return {
      ok: false,
      errors: [
        `schemaVersion ${version} was written by a newer CAPI Workbench (this one reads up to ${draftSchemaVersion}).`,
      ],
    }
  }
  if (version !== undefined && version !== 0 && version !== draftSchemaVersion) {
    return {
      ok: false,
      errors: [`schemaVersion: unknown draft version ${JSON.stringify(version)}.`],
    }
  }
  if (version === draftSchemaVersion || version === undefined) {
    const current = EventDraft.safeParse({ ...input, schemaVersion: draftSchemaVersion })
    if (current.success) return { ok: true, draft: current.data, fromVersion: draftSchemaVersion }
    if (version === draftSchemaVersion) return { ok: false, errors: describe(current.error) }
    const old = EventDraftV0.safeParse(input)
    if (old.success) return { ok: true, draft: upgradeV0(old.data), fromVersion: 0 }
    return { ok: false, errors: describe(current.error) }
  }
  const old = EventDraftV0.safeParse(input)
  if (!old.success) return { ok: false, errors: describe(old.error) }
  return { ok: true, draft: upgradeV0(old.data), fromVersion: 0 }
}
