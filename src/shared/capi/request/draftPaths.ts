import { channelIdBodyKeys, type ChannelIdKey } from '../model/channels'
import { customDataBodyKeys, type CustomDataDraftKey } from '../model/customDataKeys'

const idByBodyKey = new Map(
  Object.entries(channelIdBodyKeys).map(([draftKey, bodyKey]) => [
    bodyKey,
    draftKey as ChannelIdKey,
  ]),
)
idByBodyKey.set('instagram_business_account_id', 'igAccountId')
const customDataByBodyKey = new Map(
  Object.entries(customDataBodyKeys).map(([draftKey, bodyKey]) => [
    bodyKey,
    draftKey as CustomDataDraftKey,
  ]),
)

const fixedPaths: Record<string, string> = {
  version: 'connection.apiVersion',
  dataset_id: 'connection.datasetId',
  access_token: 'connection.token',
  test_event_code: 'testEventCode',
  partner_agent: 'partnerAgent',
  event_name: 'eventName',
  event_time: 'eventTime',
  event_id: 'eventId',
  messaging_channel: 'channel',
  action_source: 'channel',
  opt_out: 'optOut',
  user_data: 'customer',
  custom_data: 'customData',
}

/**
 * Turns a body path of the validator (`data.0.user_data.em.1`) into the draft path the composer
 * shows it on (`customer.em.3`). `customerIndex[field][i]` is the draft index of the i-th value sent.
 */
export function toDraftPath(
  bodyPath: string,
  customerIndex: Partial<Record<string, number[]>>,
): string {
  const parts = bodyPath.split('.')
  const rest = parts[0] === 'data' && parts.length >= 2 ? parts.slice(2) : parts
  if (rest.length === 0 || rest[0] === '') return parts[0] === 'data' ? 'data' : ''
  const [head, key, index] = rest
  if (rest.length === 1) return fixedPaths[head!] ?? head!
  if (head === 'user_data' && key !== undefined) {
    const idKey = idByBodyKey.get(key)
    if (idKey !== undefined) return `ids.${idKey}`
    const sentIndex = index === undefined ? undefined : customerIndex[key]?.[Number(index)]
    return sentIndex === undefined ? `customer.${key}` : `customer.${key}.${sentIndex}`
  }
  if (head === 'custom_data' && key !== undefined) {
    const draftKey = customDataByBodyKey.get(key)
    return draftKey === undefined ? `customData.custom.${key}` : `customData.${draftKey}`
  }
  return rest.join('.')
}
