import type { CustomerField } from './customerFields'
import type { FieldRuleResult } from './fieldRuleResult'
import { normalizeCityOrState } from './normalizeCityOrState'
import { normalizeCountry } from './normalizeCountry'
import { normalizeEmail } from './normalizeEmail'
import { normalizeGender } from './normalizeGender'
import { normalizePhone } from './normalizePhone'
import { normalizeZip } from './normalizeZip'

export type NormalizeResult =
  { ok: true; normalized: string; alreadyHashed?: 'sha256' | 'md5' } | { ok: false; reason: string }

export const emptyValue = Object.freeze({ ok: false, reason: 'empty after trimming' } as const)

/** 'sha256' or 'md5' when `text` is exactly 64 or 32 characters of 0-9a-f (after lowercasing). */
export function digestKind(text: string): 'sha256' | 'md5' | undefined {
  const length = text.length
  if (length !== 64 && length !== 32) return undefined
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return undefined
  }
  return length === 64 ? 'sha256' : 'md5'
}

/** The field's own rule (step 6) on a trimmed, lowercased, non-empty, non-digest value. */
export function applyFieldRule(field: CustomerField, text: string): FieldRuleResult {
  switch (field) {
    case 'em':
      return normalizeEmail(text)
    case 'ph':
      return normalizePhone(text)
    case 'ge':
      return normalizeGender(text)
    case 'ct':
    case 'st':
      return normalizeCityOrState(text)
    case 'zp':
      return normalizeZip(text)
    case 'country':
      return normalizeCountry(text)
    default:
      // fn, ln, db, external_id: trim and lowercase only
      return text
  }
}

/**
 * The value facebook-nodejs-business-sdk 24.0.1 hashes for `raw` in `field`
 * (`ServerSideUtils.normalizeAndHash`): trim, lowercase, reject empty, pass a hex digest through,
 * then the field's own rule. See capi-normalization.md §2–§3.
 */
export function normalizeCustomerValue(field: CustomerField, raw: string): NormalizeResult {
  const text = raw.trim().toLowerCase()
  if (text.length === 0) return emptyValue
  const digest = digestKind(text)
  if (digest) return { ok: true, normalized: text, alreadyHashed: digest }
  const ruled = applyFieldRule(field, text)
  return typeof ruled === 'string'
    ? { ok: true, normalized: ruled }
    : { ok: false, reason: ruled.reason }
}
