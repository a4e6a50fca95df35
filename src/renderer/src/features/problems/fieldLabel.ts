import { channelIdLabels, type ChannelIdKey } from '../../../../shared/capi/model/channels'
import { customDataKeys } from '../../../../shared/capi/model/customDataKeys'
import {
  customerFieldLabels,
  isCustomerField,
} from '../../../../shared/capi/normalize/customerFields'

const topLevel: Record<string, string> = {
  connection: 'Connection',
  'connection.datasetId': 'Connection',
  channel: 'Channel',
  eventName: 'Event name',
  eventTime: 'Event time',
  eventId: 'Event ID',
  testEventCode: 'Test event code',
  partnerAgent: 'Partner agent',
  customer: 'Customer information',
}

/** A problem path (`ids.ctwaClid`, `customer.em.0`) as the form labels it. */
export function fieldLabel(path: string): string {
  const [head, key, index] = path.split('.')
  if (head === 'ids' && key && key in channelIdLabels) return channelIdLabels[key as ChannelIdKey]
  if (head === 'customer' && key && isCustomerField(key)) {
    const label = customerFieldLabels[key]
    return index && index !== '0' ? `${label} ${Number(index) + 1}` : label
  }
  if (head === 'customData' && key) {
    return customDataKeys.find((info) => info.draftKey === key)?.label ?? key
  }
  return topLevel[path] ?? (head ? (topLevel[head] ?? path) : path)
}
