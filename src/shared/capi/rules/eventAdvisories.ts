import { metaDocs } from '../evidence/evidence'
import { customerFields } from '../normalize/customerFields'
import type { EventRule } from './eventRules'
import { advisory, type Finding, isPresent, isRecord } from './finding'

/** Validator-only advice of spec §14 (end) for one event; the sandbox never applies these. */
export const checkEventAdvisories: EventRule = ({ event, path, userData, mode }) => {
  if (mode !== 'validator') return []
  const findings: Finding[] = []
  if (!customerFields.some((key) => isPresent(userData[key]) && !isEmptyArray(userData[key]))) {
    findings.push(
      advisory(
        'advice.no_customer_info',
        `${path}.user_data`,
        "No customer information: Meta accepts the event, but respond.io's step does not send an event without at least one field (typically email or phone), and Meta needs about 50 matched events to optimize delivery.",
        'Add the email or phone of the contact.',
        'warning',
        metaDocs('Meta needs enough matched events to optimize delivery'),
      ),
    )
  }
  if (!isPresent(event['event_id'])) {
    const customData = isRecord(event['custom_data']) ? event['custom_data'] : {}
    const orderId = customData['order_id']
    findings.push(
      advisory(
        'advice.no_event_id',
        `${path}.event_id`,
        'No event_id: Meta does not deduplicate messaging events, and without an ID you cannot tell a resend from a new conversion.',
        isPresent(orderId)
          ? `Use the order ID as event_id ("${String(orderId)}").`
          : 'Set event_id to the order ID or another unique reference.',
        'warning',
        metaDocs('Meta does not deduplicate business messaging events'),
      ),
    )
  }
  return findings
}

function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0
}

/**
 * Two events of one request with the same event_id (spec §7, §14 advisories): Meta does not
 * deduplicate messaging events, so both are counted. One warning per repeated event.
 */
export function duplicateEventIdFindings(events: readonly Record<string, unknown>[]): Finding[] {
  const firstIndex = new Map<string, number>()
  const findings: Finding[] = []
  events.forEach((event, index) => {
    const id = event['event_id']
    if (!isPresent(id) || (typeof id !== 'string' && typeof id !== 'number')) return
    const key = String(id)
    const first = firstIndex.get(key)
    if (first === undefined) {
      firstIndex.set(key, index)
      return
    }
    findings.push(
      advisory(
        'advice.duplicate_event_id',
        `data.${index}.event_id`,
        `event_id "${key}" is also used by event ${first} of this request: Meta counts both (no deduplication for messaging events).`,
        'Give each event its own event_id, or remove the repeated event.',
        'warning',
        metaDocs('Meta does not deduplicate business messaging events'),
      ),
    )
  })
  return findings
}
