import type { ReceivedTestEvent } from '../../shared/contract/testEventsChannels'
import type { RecentHashes } from './recentHashes'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/**
 * A sandbox TestEventRecord (`/_sandbox/events/stream`) as the Test events view shows it: every
 * `user_data` and `custom_data` parameter, each hash with its normalized value when this Workbench
 * sent it. Returns undefined for something that is not a record.
 */
export function toReceivedTestEvent(
  record: unknown,
  hashes: RecentHashes,
): ReceivedTestEvent | undefined {
  if (!isRecord(record) || typeof record['fbtraceId'] !== 'string') return undefined
  const event = isRecord(record['event']) ? record['event'] : {}
  const parameters: ReceivedTestEvent['parameters'] = []
  for (const section of ['user_data', 'custom_data'] as const) {
    const values = event[section]
    if (!isRecord(values)) continue
    for (const [key, value] of Object.entries(values)) {
      const list = section === 'user_data' && Array.isArray(value) ? value : [value]
      for (const item of list) {
        const shown = text(item)
        const normalized = section === 'user_data' ? hashes.lookup(shown) : undefined
        parameters.push({
          key: `${section}.${key}`,
          value: shown,
          ...(normalized !== undefined ? { normalized } : {}),
        })
      }
    }
  }
  const userAgent = stringOrNull(record['userAgent'])
  return {
    testEventCode: text(record['testEventCode'] ?? ''),
    datasetId: text(record['datasetId'] ?? ''),
    receivedAt: text(record['receivedAt'] ?? ''),
    eventName: stringOrNull(record['eventName']),
    channel: stringOrNull(record['channel']),
    eventTime: typeof record['eventTime'] === 'number' ? record['eventTime'] : null,
    eventId: stringOrNull(record['eventId']),
    fbtraceId: record['fbtraceId'],
    ...(userAgent !== null ? { userAgent } : {}),
    sentByWorkbench: userAgent?.startsWith('capi-workbench/') ?? false,
    parameters,
  }
}
