import { isMessagingEventName, messagingEventNames, suggestEventNames } from '../model/eventNames'
import { customerFields } from '../normalize/customerFields'
import {
  advisory,
  type CheckContext,
  type CheckMode,
  type Finding,
  isPresent,
  isRecord,
  ruleFinding,
  sha256HexPattern,
} from './finding'
import { assumption } from '../evidence/evidence'

export interface EventCheckInput {
  event: Record<string, unknown>
  /** `data.<index>` */
  path: string
  ctx: CheckContext
  mode: CheckMode
  businessMessaging: boolean
  userData: Record<string, unknown>
}

export type EventRule = (input: EventCheckInput) => Finding[]

export const maxEventAgeSeconds = 604_800
export const maxFutureSeconds = 60
/** Meta's observed words for a future event_time (spec §3, R9). */
export const futureTimeAnswer =
  'Parameter value is invalid, future or not in the correct unix format'
/** Customer keys Meta requires hashed (spec §5): every customer field but external_id. */
export const hashedCustomerKeys = customerFields.filter((field) => field !== 'external_id')
const messagingChannelValues = ['whatsapp', 'messenger', 'instagram']
/** Customer parameters for R16 (spec §5), channel identifiers excluded. */
const customerParameters = [
  ...hashedCustomerKeys,
  'external_id',
  'client_ip_address',
  'client_user_agent',
  'fbc',
  'fbp',
  'subscription_id',
  'fb_login_id',
  'lead_id',
  'anon_id',
  'madid',
]
/** Since v13.0 an event whose customer data is only a subset of one of these is invalid. */
const weakSubsets = [
  ['ct', 'country', 'st', 'zp', 'ge', 'client_user_agent'],
  ['db', 'client_user_agent'],
  ['fn', 'ge'],
  ['ln', 'ge'],
]

export const checkActionSource: EventRule = ({ event, path, mode }) => {
  const source = event['action_source']
  if (!isPresent(source)) {
    return [
      ruleFinding(
        'R5',
        'missing_action_source',
        `${path}.action_source`,
        'The event has no action_source.',
        'Set action_source to business_messaging.',
      ),
    ]
  }
  if (mode === 'validator' && source !== 'business_messaging') {
    return [
      {
        ...ruleFinding(
          'R5',
          'not_business_messaging',
          `${path}.action_source`,
          `action_source is "${String(source)}": the Workbench sends conversions from message threads only.`,
          'Set action_source to business_messaging; website and app conversions go through the web or app CAPI.',
        ),
        enforced: false,
      },
    ]
  }
  return []
}

export const checkChannel: EventRule = ({ event, path, businessMessaging }) => {
  if (!businessMessaging) return []
  const channel = event['messaging_channel']
  if (typeof channel === 'string' && messagingChannelValues.includes(channel)) return []
  return [
    ruleFinding(
      'R6',
      'invalid_channel',
      `${path}.messaging_channel`,
      isPresent(channel)
        ? `messaging_channel "${String(channel)}" is not whatsapp, messenger or instagram.`
        : 'A business_messaging event needs messaging_channel.',
      'Set messaging_channel to whatsapp, messenger or instagram (lowercase).',
    ),
  ]
}

export const checkEventName: EventRule = ({ event, path, businessMessaging }) => {
  if (!businessMessaging) return []
  const name = event['event_name']
  if (typeof name === 'string' && isMessagingEventName(name)) return []
  const suggestions = typeof name === 'string' ? suggestEventNames(name) : []
  return [
    ruleFinding(
      'R7',
      'invalid_event_name',
      `${path}.event_name`,
      isPresent(name)
        ? `"${String(name)}" is not one of the 14 business-messaging event names.`
        : 'The event has no event_name.',
      suggestions.length > 0
        ? `Use ${suggestions.join(' or ')}.`
        : `Use one of: ${messagingEventNames.join(', ')}.`,
    ),
  ]
}

export const checkTimePast: EventRule = ({ event, path, ctx }) => {
  const time = event['event_time']
  if (typeof time !== 'number' || !Number.isInteger(time)) {
    return [
      ruleFinding(
        'R8',
        'invalid_time',
        `${path}.event_time`,
        time === undefined
          ? 'The event has no event_time.'
          : 'event_time is not an integer number of seconds.',
        'Send event_time as integer Unix seconds (UTC).',
      ),
    ]
  }
  if (ctx.nowSeconds - time > maxEventAgeSeconds) {
    const days = Math.floor((ctx.nowSeconds - time) / 86_400)
    return [
      ruleFinding(
        'R8',
        'too_old',
        `${path}.event_time`,
        `event_time is ${days} days old; Meta accepts at most 7 days, and rejects the whole request.`,
        'Use a time within the last 7 days; older conversions cannot be sent.',
      ),
    ]
  }
  return []
}

export const checkTimeFuture: EventRule = ({ event, path, ctx }) => {
  const time = event['event_time']
  if (
    typeof time !== 'number' ||
    !Number.isInteger(time) ||
    time <= ctx.nowSeconds + maxFutureSeconds
  )
    return []
  const milliseconds = time > 1e11
  return [
    ruleFinding(
      'R9',
      'in_future',
      `${path}.event_time`,
      milliseconds
        ? 'event_time looks like milliseconds, not seconds (far in the future).'
        : `event_time is ${time - ctx.nowSeconds} seconds in the future (the 60-second allowance is an assumed threshold).`,
      milliseconds
        ? 'Divide by 1000: event_time is in seconds.'
        : 'Use the time the conversion happened (or now).',
      { answer: futureTimeAnswer },
    ),
  ]
}

export const checkForbiddenKeys: EventRule = ({
  event,
  path,
  userData,
  mode,
  businessMessaging,
}) => {
  if (!businessMessaging) return []
  const findings: Finding[] = []
  const forbidden: [Record<string, unknown>, string, string][] = [
    [event, 'event_source_url', `${path}.event_source_url`],
    [userData, 'client_ip_address', `${path}.user_data.client_ip_address`],
    [userData, 'client_user_agent', `${path}.user_data.client_user_agent`],
  ]
  for (const [holder, key, keyPath] of forbidden) {
    if (holder[key] !== undefined) {
      findings.push(
        ruleFinding(
          'R10',
          'forbidden_key',
          keyPath,
          `${key} is not allowed on messaging events.`,
          `Remove ${key}: it belongs to web events.`,
        ),
      )
    }
  }
  if (mode === 'validator') {
    const webOnly: [Record<string, unknown>, string, string][] = [
      [userData, 'fbc', `${path}.user_data.fbc`],
      [userData, 'fbp', `${path}.user_data.fbp`],
      [event, 'app_data', `${path}.app_data`],
    ]
    for (const [holder, key, keyPath] of webOnly) {
      if (holder[key] !== undefined) {
        findings.push(
          advisory(
            'R10.web_only_key',
            keyPath,
            `${key} means nothing in a chat; Meta's answer to it on messaging events is unknown.`,
            `Remove ${key}.`,
            'warning',
            assumption(),
          ),
        )
      }
    }
  }
  return findings
}

export const checkHashedFields: EventRule = ({ path, userData }) => {
  const findings: Finding[] = []
  for (const key of hashedCustomerKeys) {
    const value = userData[key]
    if (value === undefined) continue
    const values = Array.isArray(value) ? value : [value]
    values.forEach((item, index) => {
      if (typeof item === 'string' && sha256HexPattern.test(item)) return
      const itemPath = Array.isArray(value)
        ? `${path}.user_data.${key}.${index}`
        : `${path}.user_data.${key}`
      findings.push(
        ruleFinding(
          'R15',
          'not_hashed',
          itemPath,
          `${key} is not a SHA-256 hash (64 lowercase hex characters).`,
          `Normalize and hash ${key} before sending (the composer does it for you).`,
        ),
      )
    })
  }
  const external = userData['external_id']
  if (external !== undefined) {
    const values = Array.isArray(external) ? external : [external]
    if (values.some((item) => typeof item !== 'string')) {
      findings.push(
        ruleFinding(
          'R15',
          'not_hashed',
          `${path}.user_data.external_id`,
          'external_id must be text (plain or hashed).',
          'Send external_id as a string or an array of strings.',
        ),
      )
    }
  }
  return findings
}

export const checkCustomerData: EventRule = ({ path, event, businessMessaging }) => {
  if (businessMessaging) return []
  const userData = event['user_data']
  const present = isRecord(userData)
    ? customerParameters.filter((key) => userData[key] !== undefined)
    : []
  const weak =
    present.length === 0 ||
    weakSubsets.some((subset) => present.every((key) => subset.includes(key)))
  if (!weak) return []
  return [
    ruleFinding(
      'R16',
      'insufficient',
      `${path}.user_data`,
      'The event does not carry enough customer information to be matched.',
      'Add an email, phone or external ID.',
    ),
  ]
}
