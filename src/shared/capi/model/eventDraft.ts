import { z } from 'zod'
import { type MessagingChannel, messagingChannels } from './channels'

/**
 * What a user edits and saves: one business-messaging event, possibly incomplete. Values are kept as
 * typed (strings, may contain `{{contact.x}}` variables); the request builder resolves, normalizes,
 * hashes and converts them. Unknown keys are refused so a typo in a hand-written draft is reported.
 */
export const draftSchemaVersion = 1

export const EventTime = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('now') }),
  z.strictObject({ mode: z.literal('fixed'), unixSeconds: z.number().int() }),
])
export type EventTime = z.infer<typeof EventTime>

export const ChannelIds = z.strictObject({
  whatsappBusinessAccountId: z.string().optional(),
  ctwaClid: z.string().optional(),
  pageId: z.string().optional(),
  pageScopedUserId: z.string().optional(),
  igAccountId: z.string().optional(),
  igSid: z.string().optional(),
})
export type ChannelIds = z.infer<typeof ChannelIds>

export const ContentItem = z.strictObject({
  id: z.string(),
  quantity: z.string().optional(),
  itemPrice: z.string().optional(),
  deliveryCategory: z.string().optional(),
})
export type ContentItem = z.infer<typeof ContentItem>

export const CustomData = z.strictObject({
  currency: z.string().optional(),
  value: z.string().optional(),
  orderId: z.string().optional(),
  contentIds: z.array(z.string()).optional(),
  contentType: z.string().optional(),
  contentName: z.string().optional(),
  contentCategory: z.string().optional(),
  contents: z.array(ContentItem).optional(),
  numItems: z.string().optional(),
  predictedLtv: z.string().optional(),
  netRevenue: z.string().optional(),
  searchString: z.string().optional(),
  status: z.string().optional(),
  deliveryCategory: z.string().optional(),
  /** Custom properties, sent as given under their own keys. */
  custom: z
    .record(z.string().max(200), z.string().max(10_000))
    .refine((record) => Object.keys(record).length <= 200, 'at most 200 custom properties')
    .optional(),
})
export type CustomData = z.infer<typeof CustomData>

const values = z.array(z.string()).optional()
/** Several values per field allowed; each is normalized and hashed on its own. */
export const CustomerData = z.strictObject({
  em: values,
  ph: values,
  fn: values,
  ln: values,
  ge: values,
  db: values,
  ct: values,
  st: values,
  zp: values,
  country: values,
  external_id: values,
})
export type CustomerData = z.infer<typeof CustomerData>

export const EventDraft = z.strictObject({
  schemaVersion: z.literal(draftSchemaVersion),
  channel: z.enum(messagingChannels),
  /** Free text so an imported `Lead` survives; the validator says what to use instead. */
  eventName: z.string(),
  eventTime: EventTime.default({ mode: 'now' }),
  eventId: z.string().optional(),
  ids: ChannelIds.default({}),
  customData: CustomData.default({}),
  customer: CustomerData.default({}),
  testEventCode: z.string().optional(),
  partnerAgent: z.string().optional(),
  optOut: z.boolean().optional(),
  notes: z.string().optional(),
})
export type EventDraft = z.infer<typeof EventDraft>

/** A new draft: Purchase, sent now, nothing else filled in. */
export function createEmptyDraft(channel: MessagingChannel = 'whatsapp'): EventDraft {
  return {
    schemaVersion: draftSchemaVersion,
    channel,
    eventName: 'Purchase',
    eventTime: { mode: 'now' },
    ids: {},
    customData: {},
    customer: {},
  }
}
