import { assumption, type Evidence, metaDocs, observed } from '../evidence/evidence'
import { type CatalogEntry, type ErrorCategory, docs } from './graphErrorExplanation'

function entry(
  category: ErrorCategory,
  title: string,
  explanation: string,
  fix: string,
  docsUrl: string = docs.errorHandling,
  evidence: Evidence = metaDocs(),
): CatalogEntry {
  return { title, explanation, fix, category, docsUrl, evidence }
}

const throttled = (title: string, who: string, docsUrl: string = docs.rateLimiting) =>
  entry(
    'throttle',
    title,
    `${who} is being throttled; the request was not processed.`,
    'Wait at least 60 seconds, then resend by hand. The usage headers (x-app-usage, x-business-use-case-usage) show how close the limit is.',
    docsUrl,
  )

/** Graph API codes of spec §12 that do not depend on the subcode. */
export const graphCodes: Readonly<Record<number, CatalogEntry>> = {
  1: entry(
    'temporary',
    'API Unknown',
    'Meta could not process the call; possibly a temporary problem on its side.',
    'Wait and resend by hand; if it repeats, check the URL path and version.',
  ),
  2: entry('temporary', 'API Service', 'Temporary downtime at Meta.', 'Wait and resend by hand.'),
  3: entry(
    'permission',
    'API Method',
    'The app lacks a capability or permission needed for this call.',
    "Check the app's products and its Marketing API access tier.",
  ),
  4: throttled('API Too Many Calls', 'The app'),
  10: entry(
    'permission',
    'API Permission Denied',
    'A permission is not granted, or was removed.',
    'Grant the channel permission again (WhatsApp: whatsapp_business_manage_events; Messenger: page_events; Instagram: instagram_manage_events).',
    docs.messaging,
  ),
  17: throttled('API User Too Many Calls', 'The user or ad account'),
  32: throttled('Page request limit', 'The Page'),
  100: entry(
    'payload',
    'Invalid parameter',
    'A parameter of the request is invalid; nothing was counted.',
    "Read Meta's error_user_msg below; it names the parameter.",
    docs.parameters,
  ),
  102: entry(
    'token',
    'API Session',
    'The login session behind the token is invalid.',
    'Get a new token.',
  ),
  104: entry(
    'token',
    'Access token required',
    'No access token reached Meta.',
    'Add the token to the connection (it is sent as Authorization: Bearer).',
    docs.errorHandling,
    observed(),
  ),
  190: entry(
    'token',
    'Invalid OAuth access token',
    'The token is expired, revoked or cannot be parsed.',
    'Get a new token, and check that this is the right connection for the dataset.',
    docs.debugToken,
    metaDocs('answered with HTTP 400 in public reports (some clients saw 401)'),
  ),
  341: throttled('Application limit reached', 'The app (a temporary application limit)'),
  368: entry(
    'throttle',
    'Temporarily blocked for policies violations',
    'Meta blocked the action for an integrity reason.',
    "Wait minutes, then resend by hand; if it persists, check the business account's status.",
  ),
  613: throttled('Calls exceed the rate limit', 'The ad account', docs.marketingRateLimiting),
  2635: entry(
    'payload',
    'Deprecated Ads API version',
    'The Graph API version in the path is a retired Marketing API version.',
    'Change the connection to a supported version (default v26.0).',
    docs.versions,
  ),
}

/** Code 190 subcodes (token problems). */
export const tokenSubcodes: Readonly<Record<number, CatalogEntry>> = {
  458: entry('token', 'App not installed', 'The user removed the app.', 'Authorize the app again.'),
  459: entry(
    'token',
    'User checkpointed',
    'The user must log in at facebook.com to clear a checkpoint.',
    'Have the user log in at facebook.com, then get a new token.',
  ),
  460: entry(
    'token',
    'Password changed',
    'The password changed, which invalidated the session.',
    'Get a new token.',
  ),
  463: entry(
    'token',
    'Expired',
    'The token is past its expiry time.',
    'Use a long-lived or system user token.',
    docs.debugToken,
  ),
  464: entry(
    'token',
    'Unconfirmed user',
    'The account is unconfirmed.',
    'The user confirms the account.',
  ),
  467: entry(
    'token',
    'Invalid access token',
    'The user logged out or the token was invalidated.',
    'Get a new token.',
  ),
  492: entry(
    'token',
    'Invalid session',
    "The Page token's user has no role on the Page any more.",
    'Restore the role on the Page, or use a system user token.',
  ),
}

/** Codes 200–299: a named permission is missing. */
export const apiPermission = entry(
  'permission',
  'API Permission',
  'A permission the call needs is missing (Meta names it in the message).',
  'Grant it. WhatsApp: whatsapp_business_management + whatsapp_business_manage_events; Messenger: page_events; Instagram: instagram_manage_events.',
  docs.messaging,
)

/** Codes 80000–80014: Business Use Case rate limits (per-code meaning unverified). */
export const businessUseCaseLimit: CatalogEntry = {
  ...throttled(
    'Business Use Case rate limit',
    'A business use case of the app',
    docs.marketingRateLimiting,
  ),
  evidence: assumption(
    "third-party summaries of Meta's page; the meaning of each code is unverified",
  ),
}
