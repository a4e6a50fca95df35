import type { MessagingChannel } from '../../shared/connections/connectionCheckReport'
import type { AssetKind } from '../../shared/connections/connectionSchema'

export interface ChannelPermissionRule {
  channel: MessagingChannel
  label: string
  /** The asset kind whose presence means the channel is in use. */
  assetKind: AssetKind
  required: string[]
  /** Why the permissions may be missing and how to get them (capi-spec.md §9). */
  fix: string
}

/** capi-spec.md §9: app permissions with advanced access that each channel's events need. */
export const channelPermissionRules: ChannelPermissionRule[] = [
  {
    channel: 'whatsapp',
    label: 'WhatsApp',
    assetKind: 'whatsapp',
    required: ['whatsapp_business_management', 'whatsapp_business_manage_events'],
    fix: 'Grant the token whatsapp_business_management and whatsapp_business_manage_events (auto-approved when the app has advanced access to whatsapp_business_messaging), then generate a new token.',
  },
  {
    channel: 'messenger',
    label: 'Messenger',
    assetKind: 'page',
    required: ['page_events'],
    fix: 'Grant the token page_events (auto-approved when the app has advanced access to pages_messaging), then generate a new token.',
  },
  {
    channel: 'instagram',
    label: 'Instagram',
    assetKind: 'instagram',
    required: ['instagram_manage_events'],
    fix: 'Grant the token instagram_manage_events (auto-approved when the app has advanced access to instagram_manage_messages), then generate a new token.',
  },
]

/** One Messenger guide also asks for one of these (capi-spec.md §9); a warning, not an error. */
export const messengerBusinessPermissions = ['business_management', 'ads_read', 'ads_management']

export const assetLabels: Record<AssetKind, string> = {
  whatsapp: 'WhatsApp Business account',
  page: 'Facebook Page',
  instagram: 'Instagram account',
}
