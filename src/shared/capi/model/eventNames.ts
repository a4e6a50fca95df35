/**
 * The 14 event names Meta accepts on business-messaging events (spec §3.1). Any other name, pixel
 * names such as `Lead` included, gets 100 / 2804066 "Messaging Event Invalid Event Type".
 */

export type EventNameGroup = 'commerce' | 'leads' | 'orders' | 'feedback'

export interface EventNameInfo {
  name: string
  group: EventNameGroup
}

/** Purchase and LeadSubmitted first, then the spec's groups in its order. */
export const messagingEventNames = [
  'Purchase',
  'LeadSubmitted',
  'QualifiedLead',
  'InitiateCheckout',
  'AddToCart',
  'ViewContent',
  'CartAbandoned',
  'OrderCreated',
  'OrderShipped',
  'OrderDelivered',
  'OrderCanceled',
  'OrderReturned',
  'RatingProvided',
  'ReviewProvided',
] as const

export type MessagingEventName = (typeof messagingEventNames)[number]

export const eventNameGroupLabels: Record<EventNameGroup, string> = {
  commerce: 'Commerce',
  leads: 'Leads',
  orders: 'Orders',
  feedback: 'Feedback',
}

const groupOf: Record<MessagingEventName, EventNameGroup> = {
  Purchase: 'commerce',
  LeadSubmitted: 'leads',
  QualifiedLead: 'leads',
  InitiateCheckout: 'commerce',
  AddToCart: 'commerce',
  ViewContent: 'commerce',
  CartAbandoned: 'commerce',
  OrderCreated: 'orders',
  OrderShipped: 'orders',
  OrderDelivered: 'orders',
  OrderCanceled: 'orders',
  OrderReturned: 'orders',
  RatingProvided: 'feedback',
  ReviewProvided: 'feedback',
}

/** Groups in display order (commerce holds Purchase, leads holds LeadSubmitted: both lead their group). */
export const eventNameGroups: readonly { group: EventNameGroup; label: string; names: string[] }[] =
  (['commerce', 'leads', 'orders', 'feedback'] as const).map((group) => ({
    group,
    label: eventNameGroupLabels[group],
    names: messagingEventNames.filter((name) => groupOf[name] === group),
  }))

export function eventNameInfo(name: string): EventNameInfo | undefined {
  return isMessagingEventName(name) ? { name, group: groupOf[name] } : undefined
}

export function isMessagingEventName(name: string): name is MessagingEventName {
  return (messagingEventNames as readonly string[]).includes(name)
}

/** Pixel / web names people import from other integrations, with the messaging names to use. */
const pixelNameHints: Record<string, readonly MessagingEventName[]> = {
  lead: ['LeadSubmitted'],
  completeregistration: ['LeadSubmitted'],
  contact: ['LeadSubmitted'],
  submitapplication: ['LeadSubmitted'],
  schedule: ['LeadSubmitted'],
  subscribe: ['LeadSubmitted'],
  starttrial: ['LeadSubmitted'],
  addpaymentinfo: ['InitiateCheckout'],
  search: ['ViewContent'],
  // Spec §14 advisories: names close to an allowed one.
  confirmed: ['QualifiedLead', 'OrderCreated'],
  canceled: ['OrderCanceled'],
  cancelled: ['OrderCanceled'],
  ordercancelled: ['OrderCanceled'],
}

/**
 * The messaging names to suggest for a rejected name: a case-only difference (`purchase`), or a
 * name close to an allowed one (`Lead` → `LeadSubmitted`, `Confirmed` → `QualifiedLead` or
 * `OrderCreated`, `Canceled` / `OrderCancelled` → `OrderCanceled`). Empty when nothing fits.
 */
export function suggestEventNames(name: string): readonly MessagingEventName[] {
  const folded = name.trim().toLowerCase()
  const sameLetters = messagingEventNames.find((candidate) => candidate.toLowerCase() === folded)
  if (sameLetters !== undefined) return sameLetters !== name ? [sameLetters] : []
  return pixelNameHints[folded] ?? []
}

/** The first of suggestEventNames, or undefined. */
export function suggestEventName(name: string): MessagingEventName | undefined {
  return suggestEventNames(name)[0]
}
