import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import {
  channelInfo,
  type ChannelIdKey,
  type MessagingChannel,
} from '../../../../shared/capi/model/channels'
import type { CustomDataDraftKey } from '../../../../shared/capi/model/customDataKeys'
import type { CustomerField } from '../../../../shared/capi/normalize'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'

/** Pure draft edits used by the form; each returns a new draft (or the same one when unchanged). */
export function setChannelId(draft: EventDraft, key: ChannelIdKey, value: string): EventDraft {
  const ids = { ...draft.ids }
  if (value === '') delete ids[key]
  else ids[key] = value
  return { ...draft, ids }
}

export function setCustomData(
  draft: EventDraft,
  key: CustomDataDraftKey,
  value: string,
): EventDraft {
  const customData: Record<string, unknown> = { ...draft.customData }
  if (value === '') delete customData[key]
  else customData[key] = value
  return { ...draft, customData: customData as EventDraft['customData'] }
}

/** One value of a customer field; emptied values are dropped, an empty field is removed. */
export function setCustomerValue(
  draft: EventDraft,
  field: CustomerField,
  index: number,
  value: string,
): EventDraft {
  const values = [...(draft.customer[field] ?? [])]
  values[index] = value
  const kept = values.filter((item): item is string => typeof item === 'string' && item !== '')
  const customer = { ...draft.customer }
  if (kept.length === 0) delete customer[field]
  else customer[field] = kept
  return { ...draft, customer }
}

export function setChannel(draft: EventDraft, channel: MessagingChannel): EventDraft {
  return channel === draft.channel ? draft : { ...draft, channel }
}

export function setTopLevel(
  draft: EventDraft,
  key: 'eventName' | 'eventId' | 'testEventCode' | 'partnerAgent',
  value: string,
): EventDraft {
  const next: Record<string, unknown> = { ...draft }
  if (value === '' && key !== 'eventName') delete next[key]
  else next[key] = value
  return next as EventDraft
}

/**
 * Fills what the connection knows and the draft lacks: the channel's asset ID (WABA, Page or
 * Instagram account) and the test event code remembered for the connection. Never overwrites.
 */
export function applyConnectionDefaults(draft: EventDraft, connection: ConnectionView): EventDraft {
  let next = draft
  const info = channelInfo[draft.channel]
  const asset = connection.assets[info.assetKind]
  if (asset && !draft.ids[info.assetIdKey]) next = setChannelId(next, info.assetIdKey, asset.id)
  if (connection.testEventCode && !draft.testEventCode)
    next = setTopLevel(next, 'testEventCode', connection.testEventCode)
  return next
}

/**
 * Switching connection: values that came from the previous connection (equal to its channel asset
 * ID or its remembered test event code) are replaced by the new connection's, or removed when the
 * new one has none; values the person typed stay. Then the new connection's defaults fill the gaps.
 */
export function switchConnection(
  draft: EventDraft,
  previous: ConnectionView | undefined,
  next: ConnectionView | undefined,
): EventDraft {
  let result = draft
  if (previous) {
    for (const info of Object.values(channelInfo)) {
      const asset = previous.assets[info.assetKind]
      if (asset && result.ids[info.assetIdKey] === asset.id)
        result = setChannelId(result, info.assetIdKey, '')
    }
    if (previous.testEventCode && result.testEventCode === previous.testEventCode)
      result = setTopLevel(result, 'testEventCode', '')
  }
  return next ? applyConnectionDefaults(result, next) : result
}

/** Where a channel asset ID came from, for the field's hint and the mismatch warning. */
export type AssetIdOrigin =
  | { kind: 'empty' }
  | { kind: 'connection'; country: string | undefined }
  | { kind: 'typed'; connectionAssetId: string | undefined }

export function assetIdOrigin(
  draft: Pick<EventDraft, 'channel' | 'ids'>,
  connection: ConnectionView | undefined,
): AssetIdOrigin {
  const info = channelInfo[draft.channel]
  const value = draft.ids[info.assetIdKey]
  if (!value) return { kind: 'empty' }
  const asset = connection?.assets[info.assetKind]
  if (asset && asset.id === value) return { kind: 'connection', country: asset.country }
  return { kind: 'typed', connectionAssetId: asset?.id }
}
