import { type Evidence, assumption, metaDocs, observed } from '../evidence/evidence'
import { type CatalogEntry, docs } from './graphErrorExplanation'

function rule(
  title: string,
  explanation: string,
  fix: string,
  evidence: Evidence,
  docsUrl: string = docs.parameters,
): CatalogEntry {
  return { title, explanation, fix, category: 'payload', docsUrl, evidence }
}

/**
 * Checklist rules (spec §14) for which Meta's subcode is unknown, so the sandbox sends code 100
 * without one. The sandbox names the rule in `x-capi-workbench-rule`; that header, not Meta's
 * (localized) text, is how these are told apart. Real Meta answers fall back to the code-100 row.
 * The evidence here is the rule's usual one; the sandbox's `x-capi-workbench-evidence` header
 * overrides it (strict-mode answers are assumptions).
 */
export const sandboxRules: Readonly<Record<string, CatalogEntry>> = {
  R2: rule(
    'Invalid API version',
    'The version in the path is not shaped vNN.N.',
    'Use a version like v26.0 in the connection.',
    metaDocs(),
    docs.versions,
  ),
  R3: rule(
    'Invalid data parameter',
    'data must be a non-empty array of event objects, at most 1,000 (a JSON string in a form body). Nothing was counted.',
    'Send data as an array of 1 to 1,000 events; split bigger batches.',
    metaDocs(),
    docs.usingTheApi,
  ),
  R4: rule(
    'Invalid test event code',
    'test_event_code must be a non-empty string without spaces.',
    'Copy the code from Events Manager → dataset → Test events (e.g. TEST12345), or leave it out.',
    metaDocs(),
    docs.usingTheApi,
  ),
  R5: rule(
    'Missing action_source',
    'An event has no action_source.',
    'Set action_source to business_messaging for conversions inside a click-to-message thread.',
    metaDocs(),
  ),
  R8: rule(
    'Invalid event_time',
    'event_time is not an integer number of seconds.',
    'Send Unix seconds as an integer (a 13-digit value is milliseconds: divide by 1,000).',
    metaDocs(),
  ),
  R9: rule(
    'Invalid parameter: event_time in the future',
    'event_time is ahead of now ("Parameter value is invalid, future or not in the correct unix format"). The sandbox rejects more than 60 seconds ahead: that threshold is its assumption (a clock-skew allowance); Meta\'s own threshold is unknown. A value above 10^11 is milliseconds by mistake.',
    'Use the time the conversion happened, in Unix seconds (not milliseconds), UTC.',
    observed(undefined, undefined, 'the 60-second threshold is an assumption'),
  ),
  R12: rule(
    'Missing Page Scoped User ID',
    'A Messenger event has no user_data.page_scoped_user_id.',
    'Add page_scoped_user_id: the sender.id of the Messenger webhook.',
    metaDocs(),
    docs.messaging,
  ),
  R14: rule(
    'Invalid identifier',
    "A channel identifier (page_id, page_scoped_user_id, whatsapp_business_account_id, ig_account_id, ig_sid) is neither a digit string nor a JSON integer. A 64-hex value means it was hashed by mistake. (Strict mode only: Meta's answer is unknown.)",
    'Send channel IDs as plain digit strings; never hash them.',
    assumption("Meta's answer to an identifier that is not digits is unknown"),
    docs.messaging,
  ),
  R15: rule(
    'Customer information not hashed',
    'A customer field (em, ph, fn, ln, ge, db, ct, st, zp, country) is not a lowercase SHA-256 hex digest.',
    'Normalize, then hash with SHA-256 (lowercase hex) before sending.',
    metaDocs(),
    docs.parameters,
  ),
  R17: rule(
    'Invalid currency or value',
    'A currency is not an ISO 4217 code, or (strict mode) a Purchase has no numeric value, or a value is negative.',
    'Set custom_data.currency (e.g. "USD") and custom_data.value (e.g. 49.9, not negative).',
    metaDocs('ISO 4217 currency; the value checks are assumptions enforced in strict mode'),
  ),
}
