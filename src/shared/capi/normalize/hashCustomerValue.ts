import type { CustomerField } from './customerFields'
import { applyFieldRule, digestKind, emptyValue } from './normalizeCustomerValue'

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex characters (injected per runtime). */
export type Sha256 = (text: string) => string

export type HashResult =
  | { ok: true; normalized: string; hash: string; alreadyHashed?: 'sha256' | 'md5' }
  | { ok: false; reason: string }

/**
 * Normalizes `raw` like the SDK and hashes it. An already-hashed value is passed through as its
 * own `hash` (for MD5 that is the 32-character digest, as the SDK sends it).
 */
export function hashCustomerValue(field: CustomerField, raw: string, sha256: Sha256): HashResult {
  // the steps of normalizeCustomerValue, without its intermediate result object
  const text = raw.trim().toLowerCase()
  if (text.length === 0) return emptyValue
  const digest = digestKind(text)
  if (digest) return { ok: true, normalized: text, hash: text, alreadyHashed: digest }
  const ruled = applyFieldRule(field, text)
  if (typeof ruled !== 'string') return { ok: false, reason: ruled.reason }
  return { ok: true, normalized: ruled, hash: sha256(ruled) }
}
