import { type CatalogEntry, docs } from './graphErrorExplanation'

const nothingCounted = 'One invalid event rejects the whole request: nothing in it was counted.'

function payload(title: string, meaning: string, fix: string, docsUrl: string = docs.messaging) {
  return {
    title,
    explanation: `${meaning} ${nothingCounted}`,
    fix,
    category: 'payload',
    docsUrl,
  } as const
}

/** Code 100 rows of spec §12, keyed by `error_subcode`. Titles in English, whatever Meta's locale. */
export const messagingSubcodes: Readonly<Record<number, CatalogEntry>> = {
  2804003: payload(
    'Event Timestamp Too Old',
    'An event_time is more than 7 days before the send.',
    'Use a recent event_time (Unix seconds, within the last 7 days); Meta accepts no backfill.',
    docs.usingTheApi,
  ),
  2804063: payload(
    'Missing Messaging Channel Parameter',
    'messaging_channel is missing or not one of whatsapp, messenger, instagram.',
    'Set messaging_channel to whatsapp, messenger or instagram (lowercase).',
  ),
  2804064: payload(
    'Messaging Event Invalid Argument',
    'The event carries a key that messaging events do not allow (seen: event_source_url, user_data.client_ip_address, user_data.client_user_agent).',
    'Remove web-only keys: event_source_url, client_ip_address, client_user_agent.',
  ),
  2804066: payload(
    'Messaging Event Invalid Event Type',
    'event_name is not one of the 14 business-messaging names (pixel names such as Lead are refused).',
    'Use one of the 14 names, e.g. LeadSubmitted instead of Lead, Purchase, OrderCreated.',
  ),
  2804069: payload(
    'Missing Page ID',
    'user_data.page_id is missing.',
    'Add page_id (for WhatsApp: the Facebook Page linked to the WhatsApp Business Account).',
  ),
  2804071: payload(
    'Missing CTWA clid',
    'A WhatsApp event has no user_data.ctwa_clid.',
    "Take ctwa_clid from the first inbound message's referral (webhook messages[].referral.ctwa_clid); chats that did not start from an ad cannot be reported this way.",
  ),
  2804075: payload(
    'Missing ig_sid',
    'An Instagram event has no user_data.ig_sid (the Instagram-scoped user ID).',
    'Add ig_sid: the sender.id of the Instagram messaging webhook.',
  ),
  2804079: payload(
    'Missing IG Account ID',
    'The Instagram account key is missing or not recognised.',
    'Send ig_account_id (not instagram_business_account_id): the recipient.id / entry.id of the webhook.',
  ),
  2804087: payload(
    'Messaging Event Invalid Ctwa Clid',
    'ctwa_clid is not a real click Meta knows for this WhatsApp Business Account (typo, truncated, from another WABA, or invented).',
    'Copy ctwa_clid unchanged from the original webhook of this conversation.',
  ),
  2804116: payload(
    'Missing WhatsApp Business Account ID',
    'A WhatsApp event has no user_data.whatsapp_business_account_id (Meta sends no title for this subcode; the meaning is observed).',
    'Add whatsapp_business_account_id (the WABA ID from Embedded Signup).',
  ),
  2804133: payload(
    'No IG Account Associated To Dataset',
    'The dataset is not linked to this Instagram account (links did not work across business portfolios).',
    "Link the Instagram account to the dataset in the owning portfolio, or send to that portfolio's dataset.",
  ),
  2804131: payload(
    'No Page Associated To Dataset',
    'The dataset has no Page or WhatsApp Business Account link for this event (seen when events went to a website pixel, and on a WhatsApp dataset sent page_id instead of whatsapp_business_account_id).',
    'Send to the dataset linked to the WABA (POST /{waba_id}/dataset returns it) and use whatsapp_business_account_id.',
  ),
  2804081: payload(
    'Currency missing',
    'custom_data.currency is absent (seen on OrderCreated).',
    'Add a three-letter ISO 4217 currency beside value, e.g. "USD".',
    docs.parameters,
  ),
  2804050: payload(
    'Insufficient customer information',
    'The event has too little customer information to be used (Meta sends no title for this subcode).',
    'Add identifiers: the channel IDs, or hashed em / ph / external_id.',
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
}

/** Unknown 2804xxx subcodes (spec §12, first paragraph): show Meta's own words plus this. */
export const unknownMessagingSubcode: CatalogEntry = {
  title: 'Meta rejected the event content',
  explanation: `Meta rejected the event content with a subcode this catalog does not know. ${nothingCounted}`,
  fix: "Read Meta's title and message below; compare the event with the worked examples; keep the fbtrace_id for a bug report.",
  category: 'payload',
  docsUrl: docs.messaging,
}

/** "Messaging Event Within Messaging Restrictive Region": Meta's code/subcode is not known (§11). */
export const restrictedRegion: CatalogEntry = {
  title: 'Messaging Event Within Messaging Restrictive Region',
  explanation:
    "The Page, WhatsApp Business Account or Instagram account is registered in a restricted region (EEA, UK, Japan). Meta limits these messaging events under the EU ePrivacy rules; per Meta (via respond.io) it depends on the event type, the data and the end customer's region, which the Workbench cannot know.",
  fix: 'Nothing to fix in the payload. Explain the restriction to the customer; an asset registered outside the restricted countries is not affected.',
  category: 'region',
  docsUrl: docs.restrictedRegions,
}
