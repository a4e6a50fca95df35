import { customerFields } from '../normalize/customerFields'
import { channelOf } from './channelRules'
import type { EventRule } from './eventRules'
import { advisory, type Finding, isPresent, isRecord, looksHashedPattern } from './finding'

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
      ),
    )
  }
  if (channelOf(event) === 'whatsapp' && !isPresent(userData['page_id'])) {
    findings.push(
      advisory(
        'advice.whatsapp_no_page_id',
        `${path}.user_data.page_id`,
        'No page_id on a WhatsApp event: Meta\'s current guide sends none, but two integrators got 2804069 "Missing Page ID".',
        'If Meta answers 2804069, add the Page linked to the WABA.',
        'info',
      ),
    )
  }
  const clid = userData['ctwa_clid']
  if (typeof clid === 'string' && looksHashedPattern.test(clid)) {
    findings.push(
      advisory(
        'advice.clid_shape',
        `${path}.user_data.ctwa_clid`,
        'ctwa_clid looks like a SHA-256 hash: click IDs are never hashed.',
        'Copy the clid from the webhook as it is.',
      ),
    )
  } else if (
    typeof clid === 'string' &&
    /^[A-Za-z0-9_-]{20,512}$/.test(clid) &&
    (clid.length < 60 || clid.length > 200)
  ) {
    findings.push(
      advisory(
        'advice.clid_shape',
        `${path}.user_data.ctwa_clid`,
        `ctwa_clid has ${clid.length} characters; real click IDs have about 90–140, so it may be truncated or invented (Meta answers 2804087).`,
        "Copy the whole clid from the first inbound message's referral.",
      ),
    )
  }
  return findings
}

function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0
}
