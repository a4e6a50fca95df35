import { observed } from '../evidence/evidence'
import { type GraphErrorExplanation, docs } from './graphErrorExplanation'
import { type RetrySituation, retryPolicy } from './retryPolicy'

export const networkErrorKinds = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'dns',
  'tls',
  'not_json',
  'too_large',
  'cancelled',
  'other',
] as const
export type NetworkErrorKind = (typeof networkErrorKinds)[number]

interface NetworkRow {
  title: string
  explanation: string
  fix: string
  situation: RetrySituation
}

const rows: Record<NetworkErrorKind, NetworkRow> = {
  timeout: {
    title: 'No answer in time',
    explanation:
      'The request timed out. If it timed out after sending, Meta may still have counted the events.',
    fix: 'Check Events Manager before resending; raise the send timeout (Settings: send timeout) if the network is slow.',
    situation: 'outcome_unknown',
  },
  connection_refused: {
    title: 'Connection refused',
    explanation: 'Nothing listens at the endpoint address; the request was not sent.',
    fix: 'Check the endpoint URL and port (is the sandbox running?), then resend.',
    situation: 'not_sent',
  },
  connection_reset: {
    title: 'Connection dropped',
    explanation:
      'The connection closed before a complete answer arrived. The request may have reached Meta.',
    fix: 'Check Events Manager before resending; if it repeats, check proxies and firewalls.',
    situation: 'outcome_unknown',
  },
  dns: {
    title: 'Host name not found',
    explanation: 'The endpoint host name could not be resolved; the request was not sent.',
    fix: 'Check the endpoint URL and the DNS / network connection, then resend.',
    situation: 'not_sent',
  },
  tls: {
    title: 'Secure connection failed',
    explanation:
      'The TLS handshake failed (certificate not trusted, wrong host name, or an intercepting proxy); the request was not sent.',
    fix: "Check the endpoint URL; behind a company proxy, set HTTPS_PROXY and trust the proxy's certificate (NODE_EXTRA_CA_CERTS).",
    situation: 'not_sent',
  },
  not_json: {
    title: 'Answer is not JSON',
    explanation:
      'The server answered, but not with Graph API JSON (often an HTML page from a proxy or gateway). Whether the events were counted is unknown.',
    fix: 'Read the raw answer; check the endpoint URL and any proxy in between.',
    situation: 'outcome_unknown',
  },
  too_large: {
    title: 'Answer too large',
    explanation:
      'The answer was larger than the response size limit, so reading stopped. Graph API answers to this call are small: the endpoint is probably not the Graph API.',
    fix: 'Check the endpoint URL; raise the size limit only if you expect a big answer.',
    situation: 'outcome_unknown',
  },
  cancelled: {
    title: 'Cancelled',
    explanation:
      'The request was cancelled. If it was already sent, Meta may have counted the events.',
    fix: 'Check Events Manager before resending.',
    situation: 'outcome_unknown',
  },
  other: {
    title: 'Network error',
    explanation: 'The request failed for a network reason; see the message.',
    fix: 'Check the endpoint URL and the network, then resend.',
    situation: 'unknown',
  },
}

/**
 * Whether a failure of this kind leaves it open if Meta counted the events (a timeout, a dropped
 * connection...): such an attempt is kept as `unknown` in the history and the next send says so.
 */
export function isOutcomeUnknown(kind: NetworkErrorKind): boolean {
  return rows[kind].situation === 'outcome_unknown'
}

/** Plain words and retry advice for a failure that is not a Graph API error answer. */
export function explainNetworkError(
  kind: NetworkErrorKind,
  httpStatus?: number,
): GraphErrorExplanation {
  const row = rows[kind]
  const rule = retryPolicy[row.situation]
  const statusNote = httpStatus === undefined ? '' : ` (HTTP ${httpStatus})`
  return {
    title: row.title + statusNote,
    explanation: row.explanation,
    fix: row.fix,
    retryable: rule.retryable,
    retryAdvice: rule.advice,
    docsUrl: docs.errorHandling,
    category: kind === 'not_json' || kind === 'timeout' ? 'temporary' : 'unknown',
  }
}

/**
 * A 200 whose events_received is lower than the number of events sent (spec §7, revision 2): not a
 * success, in two forms with different advice. 0 received: nothing was counted, resending after
 * the fix is safe. Some received: Meta does not say which, and it does not deduplicate messaging
 * events, so resending the batch counts the received ones twice.
 */
export function explainPartialAcceptance(
  eventsReceived: number | undefined,
  eventsSent: number,
): GraphErrorExplanation {
  const evidence = observed(
    undefined,
    undefined,
    'a 200 with fewer events_received is not a success',
  )
  if (eventsReceived === 0) {
    return {
      title: 'Meta counted none of the events',
      explanation: `HTTP 200, but events_received is 0 of the ${eventsSent} sent: nothing was counted. This is a failure, not a success.`,
      fix: 'Check each event against the validator (the Problems list, or capi validate), fix it, then resend.',
      retryable: 'manual',
      retryAdvice: 'Safe to resend after the fix: nothing in this request was counted.',
      docsUrl: docs.usingTheApi,
      category: 'payload',
      evidence,
    }
  }
  if (eventsReceived !== undefined && eventsReceived > 0 && eventsReceived < eventsSent) {
    return {
      title: 'Meta counted only some of the events',
      explanation: `HTTP 200, but Meta counted ${eventsReceived} of the ${eventsSent} events sent, without saying which. This is a failure, not a success.`,
      fix: 'Do not resend the batch. Check Events Manager (Test events or Overview) for the event_ids that arrived, and resend only the missing ones, by event_id.',
      retryable: 'never',
      retryAdvice: `Do not resend the whole batch: Meta does not deduplicate messaging events, so the ${eventsReceived} counted event${eventsReceived === 1 ? '' : 's'} would count twice. Resend only the missing events.`,
      docsUrl: docs.usingTheApi,
      category: 'payload',
      evidence,
    }
  }
  const rule = retryPolicy.outcome_unknown
  const received =
    eventsReceived === undefined ? 'did not say how many events it took' : `took ${eventsReceived}`
  return {
    title: 'Meta took fewer events than sent',
    explanation: `HTTP 200, but Meta ${received} of the ${eventsSent} sent, without saying which. This counts as a failure.`,
    fix: 'Check Events Manager before resending anything; then send the missing events one by one.',
    retryable: rule.retryable,
    retryAdvice: rule.advice,
    docsUrl: docs.usingTheApi,
    category: 'payload',
    evidence,
  }
}
