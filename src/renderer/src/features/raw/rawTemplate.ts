import { exampleHashes, exampleIds } from '../../../../shared/capi/rules/exampleBodies'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'

/**
 * The body a new raw request starts with: a WhatsApp Purchase that passes the validator, with the
 * connection's WhatsApp account and its remembered test event code (without one, sending asks
 * first). Replace it with the customer's payload.
 */
export function rawTemplate(
  connection: ConnectionView | undefined,
  now: Date = new Date(),
): string {
  const body: Record<string, unknown> = {
    data: [
      {
        event_name: 'Purchase',
        event_time: Math.floor(now.getTime() / 1000),
        event_id: `raw-${now.getTime().toString(36)}`,
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        user_data: {
          whatsapp_business_account_id: connection?.assets.whatsapp?.id ?? exampleIds.wabaId,
          ctwa_clid: exampleIds.ctwaClid,
          em: [exampleHashes.em],
        },
        custom_data: { currency: 'USD', value: 49.9 },
      },
    ],
  }
  const code = connection?.testEventCode?.trim()
  if (code) body.test_event_code = code
  return JSON.stringify(body, null, 2) + '\n'
}
