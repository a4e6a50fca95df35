import type { NetworkErrorKind } from '../../shared/capi/errors'
import type { NetworkError } from '../../shared/capi/sendResult'
import { redactToken } from '../../shared/redact'

/** Raised by the client itself; classified like undici's errors. */
export class ClientSideFailure extends Error {
  constructor(
    readonly kind: NetworkErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'ClientSideFailure'
  }
}

const tlsCodes = new Set([
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
])

function kindOfCode(code: string): NetworkErrorKind | undefined {
  if (code === 'ECONNREFUSED') return 'connection_refused'
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED'].includes(code)) {
    return 'connection_reset'
  }
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA'].includes(code)) {
    return 'dns'
  }
  if (
    ['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'].includes(code) ||
    code === 'ETIMEDOUT'
  ) {
    return 'timeout'
  }
  if (
    tlsCodes.has(code) ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.startsWith('CERT_')
  ) {
    return 'tls'
  }
  // UND_ERR_ABORTED without our own abort reason (e.g. a proxy refusing the tunnel) stays 'other'
  // with undici's message: the caller did not cancel anything.
  return undefined
}

/** Every error in the cause chain, including AggregateError members (IPv4 + IPv6 attempts). */
function errorChain(error: unknown): Array<{ code?: unknown; message?: unknown }> {
  const chain: Array<{ code?: unknown; message?: unknown }> = []
  const pending: unknown[] = [error]
  while (pending.length > 0 && chain.length < 10) {
    const current = pending.shift()
    if (typeof current !== 'object' || current === null) continue
    chain.push(current as { code?: unknown })
    const { cause, errors } = current as { cause?: unknown; errors?: unknown }
    if (cause) pending.push(cause)
    if (Array.isArray(errors)) pending.push(...errors)
  }
  return chain
}

function describe(kind: NetworkErrorKind, code: string | undefined, timeouts: TimeoutFigures) {
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `Could not connect within ${timeouts.connectMs} ms.`
    case 'UND_ERR_HEADERS_TIMEOUT':
      return `No response headers within ${timeouts.headersMs} ms.`
    case 'UND_ERR_BODY_TIMEOUT':
      return `The response body stalled for ${timeouts.bodyMs} ms.`
  }
  switch (kind) {
    case 'connection_refused':
      return 'Connection refused: nothing listens at that address and port.'
    case 'connection_reset':
      return 'The connection was closed before the answer was complete.'
    case 'dns':
      return 'The host name could not be resolved.'
    default:
      return undefined
  }
}

export interface TimeoutFigures {
  connectMs: number
  headersMs: number
  bodyMs: number
  totalMs: number
}

/**
 * Turns whatever the request threw into a typed network error. `abortReason` is the reason the
 * client's own AbortController was aborted with (total timeout or the caller's cancel), if any.
 */
export function classifyNetworkError(
  error: unknown,
  abortReason: unknown,
  timeouts: TimeoutFigures,
): NetworkError {
  if (abortReason instanceof ClientSideFailure) {
    return { kind: abortReason.kind, message: abortReason.message }
  }
  for (const link of errorChain(error)) {
    if (link instanceof ClientSideFailure) return { kind: link.kind, message: link.message }
    const code = typeof link.code === 'string' ? link.code : undefined
    const kind = code ? kindOfCode(code) : undefined
    if (kind) {
      const detail = typeof link.message === 'string' ? link.message : ''
      const text = describe(kind, code, timeouts) ?? detail
      return { kind, message: redactToken(`${text}${code ? ` (${code})` : ''}`) }
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'other', message: redactToken(message || 'Unknown network error.') }
}
