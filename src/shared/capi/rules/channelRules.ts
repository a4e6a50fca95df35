import { assumption, metaDocs } from '../evidence/evidence'
import { advisory, type Finding, isPresent, looksHashedPattern, ruleFinding } from './finding'
import type { EventRule } from './eventRules'

/** Characters of a real click ID (Meta's samples); no length rule beyond the 20-character minimum. */
export const ctwaClidPattern = /^[A-Za-z0-9_-]+$/
export const minCtwaClidLength = 20
export const channelIdPattern = /^\d{1,30}$/
export const channelIdKeysInBody = [
  'whatsapp_business_account_id',
  'page_id',
  'page_scoped_user_id',
  'ig_account_id',
  'instagram_business_account_id',
  'ig_sid',
] as const

/** Why a ctwa_clid cannot be a real click (spec §4), or undefined when it may be one. */
export function clidShapeProblem(clid: unknown): string | undefined {
  if (typeof clid !== 'string') return 'ctwa_clid is not a text value.'
  if (looksHashedPattern.test(clid)) {
    return 'ctwa_clid looks like a SHA-256 hash (64 hex characters): click IDs are never hashed.'
  }
  if (!ctwaClidPattern.test(clid)) {
    return 'ctwa_clid holds characters a click ID never has (only A–Z a–z 0–9 _ - appear in real ones).'
  }
  if (clid.length < minCtwaClidLength) {
    return `ctwa_clid has ${clid.length} characters; a real click ID is longer (truncated or invented?).`
  }
  return undefined
}

/**
 * A channel ID as digits: a digit string, a JSON integer (Meta's samples leave IDs unquoted), or
 * the digits an import kept exactly (a lossless-json number). Undefined when it is neither.
 */
export function idDigits(value: unknown): string | undefined {
  if (typeof value === 'string') return channelIdPattern.test(value) ? value : undefined
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? BigInt(value).toString() : undefined
  }
  if (isLosslessNumber(value)) return /^\d{1,30}$/.test(value.value) ? value.value : undefined
  return undefined
}

/** A number kept as its source text by lossless-json (duck-typed: shared code has no dependency). */
export function isLosslessNumber(
  value: unknown,
): value is { isLosslessNumber: true; value: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { isLosslessNumber?: unknown }).isLosslessNumber === true &&
    typeof (value as { value?: unknown }).value === 'string'
  )
}

const maxSafeDigits = String(Number.MAX_SAFE_INTEGER)

/** An integer above 2^53 − 1 written without quotes: JavaScript's JSON.parse changes its digits. */
export function isUnsafeInteger(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value)
  if (!isLosslessNumber(value) || !/^\d+$/.test(value.value)) return false
  const digits = value.value.replace(/^0+(?=\d)/, '')
  return (
    digits.length > maxSafeDigits.length ||
    (digits.length === maxSafeDigits.length && digits > maxSafeDigits)
  )
}

export function channelOf(event: Record<string, unknown>): string | undefined {
  const channel = event['messaging_channel']
  return typeof channel === 'string' ? channel : undefined
}

export const checkWhatsApp: EventRule = ({ event, path, userData, ctx, businessMessaging }) => {
  if (!businessMessaging || channelOf(event) !== 'whatsapp') return []
  const findings: Finding[] = []
  const clid = userData['ctwa_clid']
  const waba = userData['whatsapp_business_account_id']
  const clidPath = `${path}.user_data.ctwa_clid`
  const shape = isPresent(clid) ? clidShapeProblem(clid) : undefined
  if (!isPresent(clid)) {
    findings.push(
      ruleFinding(
        'R11',
        'missing_clid',
        clidPath,
        'A WhatsApp event needs the ctwa_clid of the ad click.',
        "Take it from the first inbound message's referral.ctwa_clid; organic chats cannot be reported this way.",
      ),
    )
  } else if (shape !== undefined) {
    findings.push(
      ruleFinding(
        'R11',
        'invalid_clid',
        clidPath,
        `${shape} Meta answers 2804087 to a clid that is not a real click.`,
        'Copy the clid exactly from the webhook (messages[].referral.ctwa_clid), without quotes, spaces or hashing.',
      ),
    )
  } else if (ctx.lookupAsset !== undefined && idDigits(waba) !== undefined) {
    const known = ctx.lookupAsset('whatsapp', idDigits(waba)!)?.clids
    if (known !== undefined && !known.includes(clid as string)) {
      findings.push(
        ruleFinding(
          'R11',
          'invalid_clid',
          clidPath,
          'This ctwa_clid is not a click on an ad of this WhatsApp Business account.',
          'Copy the clid from the original webhook of this WABA.',
        ),
      )
    }
  }
  if (!isPresent(waba)) {
    const page = isPresent(userData['page_id'])
    findings.push(
      page
        ? ruleFinding(
            'R11',
            'page_without_waba',
            `${path}.user_data.page_id`,
            'A WhatsApp event with page_id but no whatsapp_business_account_id: on a WhatsApp dataset Meta answers 2804131 "No Page Associated To Dataset".',
            'Send whatsapp_business_account_id (the WABA ID) instead of page_id.',
          )
        : ruleFinding(
            'R11',
            'missing_ids',
            `${path}.user_data.whatsapp_business_account_id`,
            'A WhatsApp event needs whatsapp_business_account_id (neither it nor page_id is set).',
            'Add the WABA ID from Embedded Signup or WhatsApp Manager (not page_id: that gives 2804131).',
          ),
    )
  }
  return findings
}

export const checkMessenger: EventRule = ({ event, path, userData, businessMessaging }) => {
  if (!businessMessaging || channelOf(event) !== 'messenger') return []
  const findings: Finding[] = []
  if (!isPresent(userData['page_id'])) {
    findings.push(
      ruleFinding(
        'R12',
        'missing_page',
        `${path}.user_data.page_id`,
        'A Messenger event needs page_id.',
        'Add the ID of the Page the conversation happened on.',
      ),
    )
  }
  if (!isPresent(userData['page_scoped_user_id'])) {
    findings.push(
      ruleFinding(
        'R12',
        'missing_psid',
        `${path}.user_data.page_scoped_user_id`,
        'A Messenger event needs page_scoped_user_id.',
        "Add the PSID: the webhook's sender.id.",
      ),
    )
  }
  return findings
}

export const checkInstagram: EventRule = ({ event, path, userData, mode, businessMessaging }) => {
  if (!businessMessaging || channelOf(event) !== 'instagram') return []
  const findings: Finding[] = []
  if (!isPresent(userData['ig_sid'])) {
    findings.push(
      ruleFinding(
        'R13',
        'missing_igsid',
        `${path}.user_data.ig_sid`,
        'An Instagram event needs ig_sid.',
        "Add the IGSID: the webhook's sender.id.",
      ),
    )
  }
  if (!isPresent(userData['ig_account_id'])) {
    if (isPresent(userData['instagram_business_account_id'])) {
      findings.push(
        ruleFinding(
          'R13',
          'long_key_only',
          `${path}.user_data.instagram_business_account_id`,
          "Only instagram_business_account_id is set. Sources disagree: Meta's onboarding guide uses this key, the parameter reference lists ig_account_id, and one integrator got 2804079 with the long key and success with ig_account_id.",
          'If Meta answers 2804079, rename instagram_business_account_id to ig_account_id.',
          mode === 'validator' ? 'info' : 'error',
        ),
      )
    } else {
      findings.push(
        ruleFinding(
          'R13',
          'missing_ig_account',
          `${path}.user_data.ig_account_id`,
          'An Instagram event needs ig_account_id.',
          "Add the Instagram account ID: the webhook's recipient.id.",
        ),
      )
    }
  }
  return findings
}

export const checkIdFormat: EventRule = ({ path, userData, mode, businessMessaging }) => {
  if (!businessMessaging) return []
  const findings: Finding[] = []
  for (const key of channelIdKeysInBody) {
    const value = userData[key]
    if (value === undefined) continue
    const keyPath = `${path}.user_data.${key}`
    if (idDigits(value) !== undefined) {
      if (mode === 'validator' && isUnsafeInteger(value)) {
        findings.push(
          advisory(
            'R14.unsafe_integer',
            keyPath,
            `${key} is a JSON integer above 2^53 − 1 (9007199254740991): JavaScript's JSON.parse changes its last digits, so tools reading this body may send a different ID.`,
            `Send ${key} as a JSON string of digits, e.g. "17841400000000003".`,
            'warning',
            assumption(
              "Meta's own handling of such integers is unknown; the digit change in JavaScript is certain",
            ),
          ),
        )
      }
      continue
    }
    const hashed = typeof value === 'string' && looksHashedPattern.test(value)
    findings.push(
      ruleFinding(
        'R14',
        'invalid_identifier',
        keyPath,
        hashed
          ? `${key} looks hashed by mistake: channel identifiers are sent as plain digits.`
          : `${key} must be digits (a string of digits or a JSON integer).`,
        hashed
          ? `Send the original ${key}, not its hash.`
          : `Send ${key} as a JSON string of digits, e.g. "100000000000001".`,
        {
          evidence: metaDocs(
            "Meta's channel IDs are numeric; Meta's answer to other values is unknown",
          ),
        },
      ),
    )
  }
  return findings
}
