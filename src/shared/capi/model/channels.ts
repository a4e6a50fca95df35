import type { AssetKind } from '../rules/ruleTypes'

/** The three business-messaging channels, as sent in `messaging_channel` (lowercase). */
export const messagingChannels = ['whatsapp', 'messenger', 'instagram'] as const
export type MessagingChannel = (typeof messagingChannels)[number]

export function isMessagingChannel(value: unknown): value is MessagingChannel {
  return typeof value === 'string' && (messagingChannels as readonly string[]).includes(value)
}

/** Draft keys under `ids` (camelCase) and the `user_data` keys they become. Never hashed. */
export type ChannelIdKey =
  'whatsappBusinessAccountId' | 'ctwaClid' | 'pageId' | 'pageScopedUserId' | 'igAccountId' | 'igSid'

export const channelIdBodyKeys: Record<ChannelIdKey, string> = {
  whatsappBusinessAccountId: 'whatsapp_business_account_id',
  ctwaClid: 'ctwa_clid',
  pageId: 'page_id',
  pageScopedUserId: 'page_scoped_user_id',
  igAccountId: 'ig_account_id',
  igSid: 'ig_sid',
}

export const channelIdLabels: Record<ChannelIdKey, string> = {
  whatsappBusinessAccountId: 'WhatsApp Business account ID',
  ctwaClid: 'Click ID (ctwa_clid)',
  pageId: 'Page ID',
  pageScopedUserId: 'Page-scoped user ID (PSID)',
  igAccountId: 'Instagram account ID',
  igSid: 'Instagram-scoped user ID (IGSID)',
}

export interface ChannelInfo {
  channel: MessagingChannel
  label: string
  /** Keys Meta requires for this channel (spec §4), then optional ones. */
  requiredIds: ChannelIdKey[]
  optionalIds: ChannelIdKey[]
  /** The business asset whose country and dataset link matter (spec §11, R18). */
  assetKind: AssetKind
  assetLabel: string
  /** Draft key holding the asset's ID. */
  assetIdKey: ChannelIdKey
}

export const channelInfo: Record<MessagingChannel, ChannelInfo> = {
  whatsapp: {
    channel: 'whatsapp',
    label: 'WhatsApp',
    requiredIds: ['whatsappBusinessAccountId', 'ctwaClid'],
    optionalIds: ['pageId'],
    assetKind: 'whatsapp',
    assetLabel: 'WhatsApp Business account (WABA)',
    assetIdKey: 'whatsappBusinessAccountId',
  },
  messenger: {
    channel: 'messenger',
    label: 'Messenger',
    requiredIds: ['pageId', 'pageScopedUserId'],
    optionalIds: [],
    assetKind: 'page',
    assetLabel: 'Facebook Page',
    assetIdKey: 'pageId',
  },
  instagram: {
    channel: 'instagram',
    label: 'Instagram',
    requiredIds: ['igAccountId', 'igSid'],
    optionalIds: [],
    assetKind: 'instagram',
    assetLabel: 'Instagram account',
    assetIdKey: 'igAccountId',
  },
}

/** The ID keys a draft on this channel sends, in the order they appear in `user_data`. */
export function channelIdKeys(channel: MessagingChannel): ChannelIdKey[] {
  const info = channelInfo[channel]
  return [...info.requiredIds, ...info.optionalIds]
}
