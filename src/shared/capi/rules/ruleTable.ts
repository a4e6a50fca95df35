import { assumption, type Evidence, metaDocs, observed } from '../evidence/evidence'
import type { GraphErrorType, RuleId } from './ruleTypes'

/**
 * The checklist of spec §14 as data: each rule has one or more outcomes ("variants"), each with the
 * exact Meta error it maps to and the evidence behind it (revision 2). Problem codes are
 * `<rule>.<variant>`, e.g. `R11.missing_clid`. Where Meta's subcode is unknown, `subcode` is absent
 * and the error omits `error_subcode`. A variant marked `strictOnly` is an assumption: the sandbox
 * rejects it only in strict mode, and the validator never reports it as an error.
 */
export interface RuleVariant {
  title: string
  httpStatus: number
  code: number
  subcode?: number
  type: GraphErrorType
  /** What backs the sandbox's rejection (sent as `x-capi-workbench-evidence`). */
  evidence: Evidence
  /** Enforced by the sandbox only in strict mode (evidence `assumption`). */
  strictOnly?: boolean
}

export interface RuleDefinition {
  id: RuleId
  name: string
  /** One line for the docs, the inspector and `capi validate --help`. */
  summary: string
  variants: Record<string, RuleVariant>
}

function invalidParameter(title: string, evidence: Evidence, subcode?: number): RuleVariant {
  return subcode === undefined
    ? { title, httpStatus: 400, code: 100, type: 'OAuthException', evidence }
    : { title, httpStatus: 400, code: 100, subcode, type: 'OAuthException', evidence }
}

/** An assumption check: rejected only in strict mode. */
function strictParameter(title: string, note: string, subcode?: number): RuleVariant {
  return { ...invalidParameter(title, assumption(note), subcode), strictOnly: true }
}

const sept2026 = '2026-09'

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
        evidence: observed(undefined, undefined, "code 104 in integrators' logs"),
      },
      invalid_token: {
        title: 'Invalid OAuth access token - Cannot parse access token',
        httpStatus: 400,
        code: 190,
        type: 'OAuthException',
        evidence: metaDocs('code 190; HTTP 400 as in public reports (some clients saw 401)'),
      },
    },
  },
  R2: {
    id: 'R2',
    name: 'Path',
    summary:
      'POST /v<major>.<minor>/<dataset_id>/events with a 10–20 digit dataset the token may use.',
    variants: {
      invalid_version: invalidParameter(
        'Invalid API version',
        metaDocs("Graph versions are v<major>.<minor>; the answer text is the sandbox's"),
      ),
      unknown_dataset: {
        title: 'Unsupported post request',
        httpStatus: 400,
        code: 100,
        subcode: 33,
        type: 'GraphMethodException',
        evidence: observed(),
      },
    },
  },
  R3: {
    id: 'R3',
    name: 'Batch',
    summary: '`data` is a non-empty array of at most 1,000 event objects.',
    variants: { invalid_data: invalidParameter('Invalid data parameter', metaDocs()) },
  },
  R4: {
    id: 'R4',
    name: 'Test code',
    summary: '`test_event_code`, when present, is a non-empty string without whitespace.',
    variants: {
      invalid_test_code: invalidParameter(
        'Invalid test event code',
        metaDocs('a code copied from Events Manager → Test events'),
      ),
    },
  },
  R5: {
    id: 'R5',
    name: 'Action source',
    summary: '`action_source` is present (the Workbench sends `business_messaging`).',
    variants: {
      missing_action_source: invalidParameter('Missing action_source', metaDocs()),
      not_business_messaging: invalidParameter('Missing action_source', metaDocs()),
    },
  },
  R6: {
    id: 'R6',
    name: 'Channel',
    summary: '`messaging_channel` is whatsapp, messenger or instagram.',
    variants: {
      invalid_channel: invalidParameter(
        'Missing Messaging Channel Parameter',
        observed(undefined, 3),
        2804063,
      ),
    },
  },
  R7: {
    id: 'R7',
    name: 'Event name',
    summary: '`event_name` is one of the 14 business-messaging names (not `Lead`).',
    variants: {
      invalid_event_name: invalidParameter(
        'Messaging Event Invalid Event Type',
        observed(
          undefined,
          undefined,
          "several reports, incl. on v25.0; the 14 names are in Meta's FAQ",
        ),
        2804066,
      ),
    },
  },
  R8: {
    id: 'R8',
    name: 'Time, past',
    summary: '`event_time` is integer Unix seconds, at most 7 days old.',
    variants: {
      too_old: invalidParameter('Event Timestamp Too Old', metaDocs(), 2804003),
      invalid_time: invalidParameter('Invalid event_time', metaDocs()),
    },
  },
  R9: {
    id: 'R9',
    name: 'Time, future',
    summary: '`event_time` is at most 60 seconds ahead (the 60 s threshold is assumed).',
    variants: {
      in_future: invalidParameter(
        'Invalid parameter',
        observed(
          undefined,
          undefined,
          "Meta's wording is observed; the 60-second threshold is this sandbox's assumption",
        ),
      ),
    },
  },
  R10: {
    id: 'R10',
    name: 'Forbidden keys',
    summary:
      'No `event_source_url`, `client_ip_address` or `client_user_agent` on messaging events.',
    variants: {
      forbidden_key: invalidParameter(
        'Messaging Event Invalid Argument',
        observed(undefined, 2),
        2804064,
      ),
    },
  },
  R11: {
    id: 'R11',
    name: 'WhatsApp',
    summary:
      'A real-looking `ctwa_clid` and the `whatsapp_business_account_id` (not `page_id` alone).',
    variants: {
      missing_clid: invalidParameter('Missing CTWA clid', observed(undefined, 1), 2804071),
      invalid_clid: invalidParameter(
        'Messaging Event Invalid Ctwa Clid',
        observed(undefined, 3),
        2804087,
      ),
      missing_ids: invalidParameter(
        'Missing Page or WhatsApp Business Account identification',
        observed(sept2026, 2),
        2804116,
      ),
      page_without_waba: invalidParameter(
        'No Page Associated To Dataset',
        observed(sept2026, 2),
        2804131,
      ),
    },
  },
  R12: {
    id: 'R12',
    name: 'Messenger',
    summary: '`page_id` and `page_scoped_user_id`.',
    variants: {
      missing_page: invalidParameter(
        'Missing Page ID',
        metaDocs('Meta requires page_id; subcode 2804069 was seen on WhatsApp events (2 reports)'),
        2804069,
      ),
      missing_psid: invalidParameter('Missing Page Scoped User ID', metaDocs()),
    },
  },
  R13: {
    id: 'R13',
    name: 'Instagram',
    summary:
      '`ig_sid` and `ig_account_id` or `instagram_business_account_id` (strict: only `ig_account_id`).',
    variants: {
      missing_igsid: invalidParameter('Missing ig_sid', observed(undefined, 1), 2804075),
      missing_ig_account: invalidParameter(
        'Missing IG Account ID',
        observed('2026-07', 1),
        2804079,
      ),
      long_key_only: strictParameter(
        'Missing IG Account ID',
        "sources disagree on instagram_business_account_id (one report of 2804079, Meta's guide uses it)",
        2804079,
      ),
    },
  },
  R14: {
    id: 'R14',
    name: 'ID format',
    summary:
      'Page, PSID, WABA, IG account and IGSID values are digit strings or JSON integers (strict mode).',
    variants: {
      invalid_identifier: strictParameter(
        'Invalid identifier',
        "Meta's answer to an identifier that is not digits is unknown",
      ),
    },
  },
  R15: {
    id: 'R15',
    name: 'Hashed fields',
    summary: 'em, ph, fn, ln, ge, db, ct, st, zp, country are SHA-256 lowercase hex.',
    variants: { not_hashed: invalidParameter('Customer information not hashed', metaDocs()) },
  },
  R16: {
    id: 'R16',
    name: 'Customer data',
    summary: 'Non-messaging events carry enough customer parameters (not only a weak subset).',
    variants: {
      insufficient: invalidParameter(
        'Insufficient customer information',
        metaDocs('subset rule since v13.0; subcode 2804050 seen once'),
        2804050,
      ),
    },
  },
  R17: {
    id: 'R17',
    name: 'Currency and value',
    summary:
      'Purchase and OrderCreated carry an ISO 4217 `currency`; Purchase a numeric `value` (strict); no negative values (strict).',
    variants: {
      missing_currency: invalidParameter('Currency missing', observed(sept2026, 2), 2804081),
      invalid_currency: invalidParameter('Invalid currency', metaDocs()),
      invalid_value: strictParameter(
        'Missing or invalid value for Purchase',
        "Meta's docs require value for Purchase; whether Meta rejects without it is unknown",
      ),
      order_missing_currency: strictParameter(
        'Currency missing',
        'seen live only for OrderCreated (and documented for Purchase)',
        2804081,
      ),
      value_without_currency: strictParameter(
        'Currency missing',
        "Meta's answer to a value without a currency is unknown",
        2804081,
      ),
      negative_value: strictParameter(
        'Invalid value',
        "Meta's answer to a negative value is unknown",
      ),
    },
  },
  R18: {
    id: 'R18',
    name: 'Links and region',
    summary:
      'The asset is linked to the dataset; Pages and IG accounts are not in a restricted region (§11); WABA region: strict mode.',
    variants: {
      ig_not_linked: invalidParameter(
        'No IG Account Associated To Dataset',
        observed(undefined, 1),
        2804133,
      ),
      page_not_linked: invalidParameter(
        'No Page Associated To Dataset',
        observed(sept2026, 2),
        2804131,
      ),
      waba_not_linked: invalidParameter(
        'No WhatsApp Business Account linked to this dataset',
        observed(sept2026, 2),
        2804132,
      ),
      restricted_region: invalidParameter(
        'Messaging Event Within Messaging Restrictive Region',
        observed(
          undefined,
          undefined,
          "reported by respond.io's help page; Meta's subcode is unknown",
        ),
      ),
      waba_restricted_region: strictParameter(
        'Messaging Event Within Messaging Restrictive Region',
        'no source says WhatsApp events are blocked by region (Meta only withholds the Automatic Events API there)',
      ),
    },
  },
  R19: {
    id: 'R19',
    name: 'Success',
    summary:
      '200 with events_received, messages and fbtrace_id (fault modes zero-received and partial-received answer fewer).',
    variants: {},
  },
}

export const ruleIds = Object.keys(ruleTable) as RuleId[]
