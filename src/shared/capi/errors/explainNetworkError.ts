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

/** A 200 whose events_received is lower than the number of events sent (spec §7). */
export function explainPartialAcceptance(
  eventsReceived: number | undefined,
  eventsSent: number,
): GraphErrorExplanation {
  const rule = retryPolicy.outcome_unknown
  const received =
    eventsReceived === undefined ? 'did not say how many events it took' : `took ${eventsReceived}`
  return {
    title: 'Meta took fewer events than sent',
    explanation: `HTTP 200, but Meta ${received} of the ${eventsSent} sent, without saying which. This counts as a failure.`,
    fix: 'Send the events one by one to find the rejected ones; check each with the validator.',
    retryable: rule.retryable,
    retryAdvice: rule.advice,
    docsUrl: docs.usingTheApi,
    category: 'payload',
  }
}
