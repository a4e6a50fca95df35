import { customerFieldLabels, customerFields, type CustomerField } from '../capi/normalize'

/**
 * Match-quality hints for the customer information of one event: which matching keys it carries and
 * which it lacks, in the order of Meta's customer-information parameters (capi-spec.md §5: em, ph,
 * fn, ln, ge, db, ct, st, zp, country, external_id). Computed locally from the keys present —
 * never Meta's Event Match Quality score (Meta computes EMQ for web events only, spec §5).
 */
export interface MatchHints {
  /** Customer keys the event carries, ranked. */
  carried: { key: CustomerField; label: string }[]
  /** Customer keys it lacks, ranked (the first ones matter most). */
  missing: { key: CustomerField; label: string }[]
  /** The channel identifiers it carries (Meta matches messaging events on these too). */
  channelKeys: string[]
  /** One-line summary, e.g. "2 of 11 customer keys". */
  summary: string
  advice: string[]
  label: string
}

export const matchHintLabel =
  'Hint computed locally by the Workbench from the keys this event carries. It is not Meta’s Event Match Quality score.'

/** respond.io's advice for the customer information section (seed). */
export const matchHintAdvice = [
  'The more customer information you give, the better Meta can optimize your ads.',
  'Meta needs at least about 50 events sent through the Conversions API before it starts optimizing ads and campaigns.',
]

const channelIdentifierKeys = [
  'whatsapp_business_account_id',
  'ctwa_clid',
  'page_id',
  'page_scoped_user_id',
  'ig_account_id',
  'instagram_business_account_id',
  'ig_sid',
]

function hasValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasValue)
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
}

export function matchHints(event: unknown): MatchHints {
  const userData =
    typeof event === 'object' && event !== null
      ? ((event as Record<string, unknown>)['user_data'] as Record<string, unknown> | undefined)
      : undefined
  const data = typeof userData === 'object' && userData !== null ? userData : {}
  const carried = customerFields
    .filter((key) => hasValue(data[key]))
    .map((key) => ({ key, label: customerFieldLabels[key] }))
  const missing = customerFields
    .filter((key) => !hasValue(data[key]))
    .map((key) => ({ key, label: customerFieldLabels[key] }))
  const channelKeys = channelIdentifierKeys.filter((key) => hasValue(data[key]))
  const advice = [...matchHintAdvice]
  const top = missing.slice(0, 3).map((entry) => entry.label.toLowerCase())
  if (top.length > 0) advice.unshift(`Add next, in Meta's order: ${top.join(', ')}.`)
  return {
    carried,
    missing,
    channelKeys,
    summary: `${carried.length} of ${customerFields.length} customer keys`,
    advice,
    label: matchHintLabel,
  }
}
