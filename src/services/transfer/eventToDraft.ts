import {
  channelIdBodyKeys,
  isMessagingChannel,
  type ChannelIdKey,
} from '../../shared/capi/model/channels'
import { customDataKeys } from '../../shared/capi/model/customDataKeys'
import { suggestEventNames } from '../../shared/capi/model/eventNames'
import { isCustomerField } from '../../shared/capi/normalize/customerFields'
import type { Problem } from '../../shared/capi/rules/ruleTypes'

const idKeyOfBodyKey = new Map(
  Object.entries(channelIdBodyKeys).map(([draftKey, bodyKey]) => [
    bodyKey,
    draftKey as ChannelIdKey,
  ]),
)
const customDataByBodyKey = new Map(customDataKeys.map((info) => [info.bodyKey, info]))
/** Event keys that map to the draft; anything else is reported (and kept in the notes). */
const eventKeys = new Set([
  'event_name',
  'event_time',
  'event_id',
  'action_source',
  'messaging_channel',
  'user_data',
  'custom_data',
  'opt_out',
])

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function problem(
  path: string,
  severity: Problem['severity'],
  code: string,
  message: string,
  fix: string,
): Problem {
  return { path, severity, code, message, fix }
}

/**
 * One event of a Meta request body → the fields of an event draft. Every field is mapped: channel
 * IDs as they are, customer values kept exactly (hashes stay hashes), custom_data values as typed.
 * What the draft has no place for is reported and kept, as JSON, in the draft's notes.
 */
export function eventToDraft(
  event: unknown,
  path: string,
  topLevel: { testEventCode?: string; partnerAgent?: string },
): { draft: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = []
  const unmapped: Record<string, unknown> = {}
  const source = isRecord(event) ? event : {}
  if (!isRecord(event)) {
    problems.push(
      problem(
        path,
        'error',
        'import.not_an_event',
        'This entry of `data` is not an object.',
        'Paste the events as objects.',
      ),
    )
  }
  for (const [key, value] of Object.entries(source)) if (!eventKeys.has(key)) unmapped[key] = value

  const userData = isRecord(source.user_data) ? source.user_data : {}
  const ids: Record<string, string> = {}
  const customer: Record<string, string[]> = {}
  for (const [key, value] of Object.entries(userData)) {
    const idKey = idKeyOfBodyKey.get(key)
    if (idKey) {
      const id = text(value)
      if (id !== undefined) ids[idKey] = id
    } else if (key === 'instagram_business_account_id') {
      const id = text(value)
      if (id !== undefined && ids.igAccountId === undefined) ids.igAccountId = id
      problems.push(
        problem(
          `${path}.user_data.${key}`,
          'warning',
          'import.instagram_long_key',
          'The payload uses instagram_business_account_id; Meta has answered 2804079 to that key.',
          'The draft sends it as ig_account_id.',
        ),
      )
    } else if (isCustomerField(key)) {
      const values = (Array.isArray(value) ? value : [value])
        .map(text)
        .filter((item): item is string => item !== undefined)
      customer[key] = values
    } else {
      unmapped[`user_data.${key}`] = value
    }
  }

  const customData: Record<string, unknown> = {}
  const custom: Record<string, string> = {}
  for (const [key, value] of Object.entries(
    isRecord(source.custom_data) ? source.custom_data : {},
  )) {
    const info = customDataByBodyKey.get(key)
    if (key === 'contents' && Array.isArray(value) && value.every(isRecord)) {
      customData.contents = value.map(toContentItem)
    } else if (info?.kind === 'list' && key === 'content_ids') {
      customData.contentIds = (Array.isArray(value) ? value : [value]).map(
        (item) => text(item) ?? JSON.stringify(item),
      )
    } else if (info && info.kind !== 'list' && text(value) !== undefined) {
      customData[info.draftKey] = text(value)
    } else if (!info && text(value) !== undefined) {
      custom[key] = text(value)!
    } else {
      unmapped[`custom_data.${key}`] = value
    }
  }
  if (Object.keys(custom).length > 0) customData.custom = custom

  const channelText = text(source.messaging_channel)
  const channel = isMessagingChannel(channelText) ? channelText : inferChannel(ids)
  if (!isMessagingChannel(channelText)) {
    problems.push(
      problem(
        `${path}.messaging_channel`,
        'warning',
        'import.channel_guessed',
        `messaging_channel is ${channelText === undefined ? 'missing' : `"${channelText}"`}; the draft uses ${channel} (from the IDs it carries).`,
        'Check the channel in the composer.',
      ),
    )
  }
  const actionSource = text(source.action_source)
  if (actionSource !== undefined && actionSource !== 'business_messaging') {
    unmapped.action_source = actionSource
  }
  const eventName = text(source.event_name) ?? ''
  const suggestions = suggestEventNames(eventName)
  if (suggestions.length > 0) {
    problems.push(
      problem(
        `${path}.event_name`,
        'warning',
        'import.event_name_hint',
        `"${eventName}" is not a business-messaging event name; Meta answers 2804066.`,
        `Use ${suggestions.join(' or ')}.`,
      ),
    )
  }
  const eventTime =
    typeof source.event_time === 'number' ? source.event_time : Number(text(source.event_time))
  const draft: Record<string, unknown> = {
    schemaVersion: 1,
    channel,
    eventName,
    eventTime: Number.isFinite(eventTime)
      ? { mode: 'fixed', unixSeconds: Math.trunc(eventTime) }
      : { mode: 'now' },
    ids,
    customData,
    customer,
  }
  const eventId = text(source.event_id)
  if (eventId !== undefined) draft.eventId = eventId
  if (typeof source.opt_out === 'boolean') draft.optOut = source.opt_out
  if (topLevel.testEventCode) draft.testEventCode = topLevel.testEventCode
  if (topLevel.partnerAgent) draft.partnerAgent = topLevel.partnerAgent
  if (Object.keys(unmapped).length > 0) {
    draft.notes = `Imported fields the draft does not model (not sent):\n${JSON.stringify(unmapped, null, 2)}`
    for (const key of Object.keys(unmapped)) {
      problems.push(
        problem(
          `${path}.${key}`,
          'warning',
          'import.unmapped',
          `${key} has no place in a business-messaging draft and will not be sent; it is kept in the notes.`,
          'Remove it, or check whether Meta accepts it on messaging events.',
        ),
      )
    }
  }
  return { draft, problems }
}

function inferChannel(ids: Record<string, string>): 'whatsapp' | 'messenger' | 'instagram' {
  if (ids.igAccountId || ids.igSid) return 'instagram'
  if (ids.pageScopedUserId) return 'messenger'
  return 'whatsapp'
}

/** `{ id, quantity, item_price, delivery_category }` → the draft's content item (values as text). */
function toContentItem(item: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = { id: text(item.id) ?? '' }
  const quantity = text(item.quantity)
  const itemPrice = text(item.item_price)
  const deliveryCategory = text(item.delivery_category)
  if (quantity !== undefined) result.quantity = quantity
  if (itemPrice !== undefined) result.itemPrice = itemPrice
  if (deliveryCategory !== undefined) result.deliveryCategory = deliveryCategory
  return result
}
