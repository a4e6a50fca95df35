import { assumption, type Evidence, metaDocs, observed } from '../evidence/evidence'
import { type CatalogEntry, docs } from './graphErrorExplanation'

const nothingCounted = 'One invalid event rejects the whole request: nothing in it was counted.'

function payload(
  title: string,
  meaning: string,
  fix: string,
  evidence: Evidence,
  docsUrl: string = docs.messaging,
): CatalogEntry {
  return {
    title,
    explanation: `${meaning} ${nothingCounted}`,
    fix,
    category: 'payload',
    docsUrl,
    evidence,
  }
}

const sept2026 = '2026-09'

/** Code 100 rows of spec §12, keyed by `error_subcode`. Titles in English, whatever Meta's locale. */
export const messagingSubcodes: Readonly<Record<number, CatalogEntry>> = {
  2804003: payload(
    'Event Timestamp Too Old',
    'An event_time is more than 7 days before the send.',
    'Use a recent event_time (Unix seconds, within the last 7 days); Meta accepts no backfill.',
    metaDocs('the 7-day rule is documented; the subcode was seen live'),
    docs.usingTheApi,
  ),
  2804063: payload(
    'Missing Messaging Channel Parameter',
    'messaging_channel is missing or not one of whatsapp, messenger, instagram.',
    'Set messaging_channel to whatsapp, messenger or instagram (lowercase).',
    observed(undefined, 3),
  ),
  2804064: payload(
    'Messaging Event Invalid Argument',
    'The event carries a key that messaging events do not allow (seen: event_source_url, user_data.client_ip_address, user_data.client_user_agent).',
    'Remove web-only keys: event_source_url, client_ip_address, client_user_agent.',
    observed(undefined, 2),
  ),
  2804066: payload(
    'Messaging Event Invalid Event Type',
    'event_name is not one of the 14 business-messaging names (pixel names such as Lead are refused).',
    'Use one of the 14 names, e.g. LeadSubmitted instead of Lead, Purchase, OrderCreated.',
    observed(undefined, undefined, "many reports; the 14 names are in Meta's FAQ"),
  ),
  2804069: payload(
    'Missing Page ID',
    'user_data.page_id is missing on a Messenger event.',
    'Add page_id: the Page that received the conversation. (WhatsApp events send whatsapp_business_account_id instead.)',
    observed(undefined, 2),
  ),
  2804071: payload(
    'Missing CTWA clid',
    'A WhatsApp event has no user_data.ctwa_clid.',
    "Take ctwa_clid from the first inbound message's referral (webhook messages[].referral.ctwa_clid); chats that did not start from an ad cannot be reported this way.",
    observed(undefined, 1),
  ),
  2804075: payload(
    'Missing ig_sid',
    'An Instagram event has no user_data.ig_sid (the Instagram-scoped user ID).',
    'Add ig_sid: the sender.id of the Instagram messaging webhook.',
    observed(undefined, 1),
  ),
  2804079: payload(
    'Missing IG Account ID',
    'The Instagram account key is missing or not recognised.',
    'Send ig_account_id (not instagram_business_account_id): the recipient.id / entry.id of the webhook.',
    observed('2026-07', 1),
  ),
  2804087: payload(
    'Messaging Event Invalid Ctwa Clid',
    'ctwa_clid is not a real click Meta knows for this WhatsApp Business Account (typo, truncated, hashed, from another WABA, or invented).',
    'Copy ctwa_clid unchanged from the original webhook of this conversation.',
    observed(undefined, 3),
  ),
  2804116: payload(
    'Missing Page or WhatsApp Business Account identification',
    'A WhatsApp event carries neither whatsapp_business_account_id nor page_id (Meta localizes this title; it was seen in Portuguese).',
    'Add whatsapp_business_account_id (the WABA ID from Embedded Signup). Not page_id: on a WhatsApp dataset that gives 2804131.',
    observed(sept2026, 2),
  ),
  2804131: payload(
    'No Page Associated To Dataset',
    'The event names a Page the dataset is not linked to ("For CTM and CTWA events, the dataset must have an associated Page"): a Messenger Page on another dataset, or page_id instead of whatsapp_business_account_id on a WhatsApp dataset.',
    "Messenger: send to the Page's dataset (POST /{page_id}/dataset returns it). WhatsApp: send whatsapp_business_account_id instead of page_id.",
    observed(sept2026, 2),
  ),
  2804132: payload(
    'No WhatsApp Business Account linked to this dataset',
    "The WABA ID is not linked to the dataset that received the event: a website pixel, or another WABA's dataset.",
    "Send to the WABA's own dataset: GET /{waba_id}/dataset returns it (one dataset per WABA).",
    observed(sept2026, 2, 'two integrators'),
  ),
  2804133: payload(
    'No IG Account Associated To Dataset',
    'The dataset is not linked to this Instagram account (links did not work across business portfolios).',
    "Link the Instagram account to the dataset in the owning portfolio, or send to that portfolio's dataset.",
    observed(undefined, 1),
  ),
  2804081: payload(
    'Currency missing',
    'custom_data.currency is absent ("There is no currency provided in custom_data for OrderCreated event"; Meta\'s docs require it for Purchase).',
    'Add a three-letter ISO 4217 currency to every order and purchase event, e.g. "USD".',
    observed(sept2026, 2),
    docs.parameters,
  ),
  2804050: payload(
    'Insufficient customer information',
    'The event has too little customer information to be used (Meta sends a localized title; seen in Danish).',
    'Add identifiers: the channel IDs, or hashed em / ph / external_id.',
    observed(undefined, 1),
    docs.parameters,
  ),
}

/** The unknown-object row: `100/33` is not a 2804xxx rule but Graph's "object missing or no access". */
export const unsupportedPostRequest: CatalogEntry = {
  title: 'Unsupported post request: object missing, no permission or unsupported',
  explanation:
    'The dataset ID in the path does not exist, or the token has no access to it, or the call is not supported on it. Nothing was counted.',
  fix: 'Check the dataset ID; assign the dataset to the system user, or use a token of the business that owns it.',
  category: 'permission',
  docsUrl: docs.messaging,
  evidence: observed(),
}

/** Unknown 2804xxx subcodes (spec §12, first paragraph): show Meta's own words plus this. */
export const unknownMessagingSubcode: CatalogEntry = {
  title: 'Meta rejected the event content',
  explanation: `Meta rejected the event content with a subcode this catalog does not know. ${nothingCounted}`,
  fix: "Read Meta's title and message below; compare the event with the worked examples; keep the fbtrace_id for a bug report.",
  category: 'payload',
  docsUrl: docs.messaging,
  evidence: assumption(
    "this subcode is not in the catalog; only Meta's own words say what it means",
  ),
}

/** "Messaging Event Within Messaging Restrictive Region": Meta's code/subcode is not known (§11). */
export const restrictedRegion: CatalogEntry = {
  title: 'Messaging Event Within Messaging Restrictive Region',
  explanation:
    "The Page or Instagram account is registered in a restricted region (EEA, UK, Japan). Meta limits these messaging events under the EU ePrivacy rules; per Meta (via respond.io) it depends on the event type, the data and the end customer's region, which the Workbench cannot know. (For a WhatsApp Business Account no source says events are blocked: the sandbox rejects it only in strict mode.)",
  fix: 'Nothing to fix in the payload. Explain the restriction to the customer; an asset registered outside the restricted countries is not affected.',
  category: 'region',
  docsUrl: docs.restrictedRegions,
  evidence: observed(
    undefined,
    undefined,
    "reported by respond.io's help page; Meta's subcode is unknown",
  ),
}
