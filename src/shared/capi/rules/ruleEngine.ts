import { checkIdFormat, checkInstagram, checkMessenger, checkWhatsApp } from './channelRules'
import { checkEventAdvisories, duplicateEventIdFindings } from './eventAdvisories'
import {
  checkActionSource,
  checkChannel,
  checkCustomerData,
  checkEventName,
  checkForbiddenKeys,
  checkHashedFields,
  checkTimeFuture,
  checkTimePast,
  type EventRule,
} from './eventRules'
import { type CheckContext, type CheckMode, type Finding, isRecord } from './finding'
import { checkLinksAndRegion, checkPurchase } from './purchaseAndLinkRules'
import { checkRequestLevel, checkTokenAndPath, readEvents } from './requestRules'

/** R5–R18 in checklist order, then the per-event advisories. */
const eventRules: readonly EventRule[] = [
  checkActionSource,
  checkChannel,
  checkEventName,
  checkTimePast,
  checkTimeFuture,
  checkForbiddenKeys,
  checkWhatsApp,
  checkMessenger,
  checkInstagram,
  checkIdFormat,
  checkHashedFields,
  checkCustomerData,
  checkPurchase,
  checkLinksAndRegion,
  checkEventAdvisories,
]

/**
 * Every finding for a request, lazily and in the sandbox's order: R1, R2, R3 (stops here when the
 * batch is unreadable), R4, then each of R5–R18 over all events. The sandbox takes the first
 * enforced one; the validator takes all of them.
 */
export function* checkRequest(
  body: unknown,
  ctx: CheckContext,
  mode: CheckMode,
): Generator<Finding> {
  yield* checkTokenAndPath(ctx)
  const read = readEvents(body)
  if ('finding' in read) {
    yield read.finding
    return
  }
  yield* checkRequestLevel(body as Record<string, unknown>, ctx, mode)
  const inputs = read.events.map((event, index) => ({
    event,
    path: `data.${index}`,
    ctx,
    mode,
    businessMessaging: event['action_source'] === 'business_messaging',
    userData: isRecord(event['user_data']) ? event['user_data'] : {},
  }))
  for (const rule of eventRules) {
    for (const input of inputs) yield* rule(input)
  }
  if (mode === 'validator') yield* duplicateEventIdFindings(read.events)
}
