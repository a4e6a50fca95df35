import { nobleSha256 } from '../../../../shared/capi/normalize/nobleSha256'
import { buildEventRequest } from '../../../../shared/capi/request/buildEventRequest'
import type { StoredContact } from '../../../../shared/contract/contactsChannels'
import { buildTarget } from '../composer'
import type { CompareSide } from './compareSide'
import type { HashLookup } from './diffRows'

/**
 * What the Workbench knows behind the hashes of two sides: each side's draft is built again (with
 * its sample contact, then with none and with each stored contact, since a history entry does not
 * say which one filled its variables). A hash is the SHA-256 of its normalized value, so whatever
 * build produced it, the value it maps to is right. Values typed already hashed are not known.
 */
export function compareHashes(
  sides: readonly CompareSide[],
  contacts: readonly StoredContact[],
): HashLookup {
  const known = new Map<string, string>()
  for (const side of sides) {
    if (!side.draft) continue
    const chosen = contacts.find((stored) => stored.id === side.sampleContactId)?.contact
    const candidates = [
      chosen,
      undefined,
      ...contacts.map((stored) => stored.contact).filter((values) => values !== chosen),
    ]
    for (const sample of candidates) {
      const built = buildEventRequest(side.draft, buildTarget(undefined), {
        now: new Date(),
        sha256: nobleSha256,
        ...(sample ? { contact: sample.contact, workflow: sample.workflow } : {}),
      })
      for (const value of built.hashed) {
        if (!value.alreadyHashed && !known.has(value.hash)) known.set(value.hash, value.normalized)
      }
    }
  }
  return (hash) => known.get(hash)
}
