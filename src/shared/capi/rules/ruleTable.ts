import type { GraphErrorType, RuleId } from './ruleTypes'

/**
 * The checklist of spec §14 as data: each rule has one or more outcomes ("variants"), each with the
 * exact Meta error it maps to. Problem codes are `<rule>.<variant>`, e.g. `R11.missing_clid`.
 * Where Meta's subcode is unknown, `subcode` is absent and the error omits `error_subcode`.
 */
export interface RuleVariant {
  title: string
  httpStatus: number
  code: number
  subcode?: number
  type: GraphErrorType
}

export interface RuleDefinition {
  id: RuleId
  name: string
  /** One line for the README, the inspector and `capi validate --help`. */
  summary: string
  variants: Record<string, RuleVariant>
}

function invalidParameter(title: string, subcode?: number): RuleVariant {
  return subcode === undefined
    ? { title, httpStatus: 400, code: 100, type: 'OAuthException' }
    : { title, httpStatus: 400, code: 100, subcode, type: 'OAuthException' }
}

export const ruleTable: Record<RuleId, RuleDefinition> = {
  R1: {
    id: 'R1',
    name: 'Token',
    summary: 'An access token is sent (header, query or body) and is known.',
    variants: {
      missing_token: {
        title: 'An access token is required to request this resource.',
        httpStatus: 400,
        code: 104,
        type: 'OAuthException',
      },
      invalid_token: {
        title: 'Invalid OAuth access token - Cannot parse access token',
        httpStatus: 401,
        code: 190,
        type: 'OAuthException',
      },
    },
  },
  R2: {
    id: 'R2',
    name: 'Path',
    summary:
      'POST /v<major>.<minor>/<dataset_id>/events with a 10–20 digit dataset the token may use.',
    variants: {
      invalid_version: invalidParameter('Invalid API version'),
      unknown_dataset: {
        title: 'Unsupported post request',
        httpStatus: 400,
        code: 100,
        subcode: 33,
        type: 'GraphMethodException',
      },
    },
  },
  R3: {
    id: 'R3',
    name: 'Batch',
    summary: '`data` is a non-empty array of at most 1,000 event objects.',
    variants: { invalid_data: invalidParameter('Invalid data parameter') },
  },
  R4: {
    id: 'R4',
    name: 'Test code',
    summary: '`test_event_code`, when present, is a non-empty string without whitespace.',
    variants: { invalid_test_code: invalidParameter('Invalid test event code') },
  },
  R5: {
    id: 'R5',
    name: 'Action source',
    summary: '`action_source` is present (the Workbench sends `business_messaging`).',
    variants: {
      missing_action_source: invalidParameter('Missing action_source'),
      not_business_messaging: invalidParameter('Missing action_source'),
    },
  },
  R6: {
    id: 'R6',
    name: 'Channel',
    summary: '`messaging_channel` is whatsapp, messenger or instagram.',
    variants: {
      invalid_channel: invalidParameter('Missing Messaging Channel Parameter', 2804063),
    },
  },
  R7: {
    id: 'R7',
    name: 'Event name',
    summary: '`event_name` is one of the 14 business-messaging names (not `Lead`).',
    variants: {
      invalid_event_name: invalidParameter('Messaging Event Invalid Event Type', 2804066),
    },
  },
  R8: {
    id: 'R8',
    name: 'Time, past',
    summary: '`event_time` is integer Unix seconds, at most 7 days old.',
    variants: {
      too_old: invalidParameter('Event Timestamp Too Old', 2804003),
      invalid_time: invalidParameter('Invalid event_time'),
    },
  },
  R9: {
    id: 'R9',
    name: 'Time, future',
    summary: '`event_time` is at most 60 seconds ahead.',
    variants: { in_future: invalidParameter('Event Timestamp In Future') },
  },
  R10: {
    id: 'R10',
    name: 'Forbidden keys',
    summary:
      'No `event_source_url`, `client_ip_address` or `client_user_agent` on messaging events.',
    variants: { forbidden_key: invalidParameter('Messaging Event Invalid Argument', 2804064) },
  },
  R11: {
    id: 'R11',
    name: 'WhatsApp',
    summary: 'A real-looking `ctwa_clid` and the `whatsapp_business_account_id`.',
    variants: {
      missing_clid: invalidParameter('Missing CTWA clid', 2804071),
      invalid_clid: invalidParameter('Messaging Event Invalid Ctwa Clid', 2804087),
      missing_waba: invalidParameter('Missing WhatsApp Business Account ID', 2804116),
    },
  },
  R12: {
    id: 'R12',
    name: 'Messenger',
    summary: '`page_id` and `page_scoped_user_id`.',
    variants: {
      missing_page: invalidParameter('Missing Page ID', 2804069),
      missing_psid: invalidParameter('Missing Page Scoped User ID'),
    },
  },
  R13: {
    id: 'R13',
    name: 'Instagram',
    summary: '`ig_sid` and `ig_account_id` (lenient: or `instagram_business_account_id`).',
    variants: {
      missing_igsid: invalidParameter('Missing ig_sid', 2804075),
      missing_ig_account: invalidParameter('Missing IG Account ID', 2804079),
    },
  },
  R14: {
    id: 'R14',
    name: 'ID format',
    summary: 'Page, PSID, WABA, IG account and IGSID values are digit strings.',
    variants: { invalid_identifier: invalidParameter('Invalid identifier') },
  },
  R15: {
    id: 'R15',
    name: 'Hashed fields',
    summary: 'em, ph, fn, ln, ge, db, ct, st, zp, country are SHA-256 lowercase hex.',
    variants: { not_hashed: invalidParameter('Customer information not hashed') },
  },
  R16: {
    id: 'R16',
    name: 'Customer data',
    summary: 'Non-messaging events carry enough customer parameters (not only a weak subset).',
    variants: { insufficient: invalidParameter('Insufficient customer information', 2804050) },
  },
  R17: {
    id: 'R17',
    name: 'Purchase',
    summary: 'Purchase has an ISO 4217 `currency` and a numeric `value` ≥ 0 (others: if present).',
    variants: {
      missing_currency: invalidParameter('Currency missing', 2804081),
      invalid_currency_value: invalidParameter('Missing or invalid currency/value for Purchase'),
    },
  },
  R18: {
    id: 'R18',
    name: 'Links and region',
    summary: 'The asset is linked to the dataset and not in a restricted region (§11).',
    variants: {
      ig_not_linked: invalidParameter('No IG Account Associated To Dataset', 2804133),
      page_not_linked: invalidParameter('No Page Associated To Dataset', 2804131),
      restricted_region: invalidParameter('Messaging Event Within Messaging Restrictive Region'),
    },
  },
  R19: {
    id: 'R19',
    name: 'Success',
    summary: '200 with events_received, messages and fbtrace_id.',
    variants: {},
  },
}

export const ruleIds = Object.keys(ruleTable) as RuleId[]
