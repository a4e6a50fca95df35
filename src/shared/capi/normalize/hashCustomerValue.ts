import type { CustomerField } from './customerFields'
import { normalizeCustomerValue } from './normalizeCustomerValue'

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
  const result = normalizeCustomerValue(field, raw)
  if (!result.ok) return result
  if (result.alreadyHashed) {
    return {
      ok: true,
      normalized: result.normalized,
      hash: result.normalized,
      alreadyHashed: result.alreadyHashed,
    }
  }
  return { ok: true, normalized: result.normalized, hash: sha256(result.normalized) }
}
