import { type Finding, isPresent, looksHashedPattern, ruleFinding } from './finding'
import type { EventRule } from './eventRules'

export const ctwaClidPattern = /^[A-Za-z0-9_-]{20,512}$/
export const channelIdPattern = /^\d{1,30}$/
export const channelIdKeysInBody = [
  'whatsapp_business_account_id',
  'page_id',
  'page_scoped_user_id',
  'ig_account_id',
  'instagram_business_account_id',
  'ig_sid',
] as const

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
  } else if (typeof clid !== 'string' || !ctwaClidPattern.test(clid)) {
    findings.push(
      ruleFinding(
        'R11',
        'invalid_clid',
        clidPath,
        'ctwa_clid is not shaped like a click ID (20–512 of A–Z a–z 0–9 _ -).',
        'Copy the clid exactly from the webhook, without quotes or spaces.',
      ),
    )
  } else if (ctx.lookupAsset !== undefined && typeof waba === 'string') {
    const known = ctx.lookupAsset('whatsapp', waba)?.clids
    if (known !== undefined && !known.includes(clid)) {
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
    findings.push(
      ruleFinding(
        'R11',
        'missing_waba',
        `${path}.user_data.whatsapp_business_account_id`,
        'A WhatsApp event needs whatsapp_business_account_id.',
        'Add the WABA ID from Embedded Signup or WhatsApp Manager.',
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

export const checkInstagram: EventRule = ({
  event,
  path,
  userData,
  ctx,
  mode,
  businessMessaging,
}) => {
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
    const longKey = isPresent(userData['instagram_business_account_id'])
    if (!longKey || ctx.lenient !== true) {
      findings.push(
        ruleFinding(
          'R13',
          'missing_ig_account',
          `${path}.user_data.ig_account_id`,
          longKey
            ? 'Only instagram_business_account_id is set; Meta answered 2804079 to that key and accepted ig_account_id.'
            : 'An Instagram event needs ig_account_id.',
          longKey
            ? 'Rename instagram_business_account_id to ig_account_id.'
            : "Add the Instagram account ID: the webhook's recipient.id.",
          longKey && mode === 'validator' ? 'warning' : 'error',
        ),
      )
    }
  }
  return findings
}

export const checkIdFormat: EventRule = ({ path, userData, businessMessaging }) => {
  if (!businessMessaging) return []
  const findings: Finding[] = []
  for (const key of channelIdKeysInBody) {
    const value = userData[key]
    if (value === undefined || (typeof value === 'string' && channelIdPattern.test(value))) continue
    const hashed = typeof value === 'string' && looksHashedPattern.test(value)
    findings.push(
      ruleFinding(
        'R14',
        'invalid_identifier',
        `${path}.user_data.${key}`,
        hashed
          ? `${key} looks hashed by mistake: channel identifiers are sent as plain digits.`
          : `${key} must be a string of digits.`,
        hashed
          ? `Send the original ${key}, not its hash.`
          : `Send ${key} as a JSON string of digits, e.g. "100000000000001".`,
      ),
    )
  }
  return findings
}
