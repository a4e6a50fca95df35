import type { ServerResponse } from 'node:http'
import type { Result } from '../shared/result'
import { contentSecurityPolicy } from '../shared/security/contentSecurityPolicy'

/**
 * Headers on every browser-mode response: the app's strict CSP (the same string as the renderer's
 * meta tag), no sniffing, no framing, no referrer, no cross-origin reads. Never a CORS header.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

export function writeHead(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
): void {
  res.writeHead(status, { ...securityHeaders, ...headers })
}

/** Every API answer, refusals included, is a Result as JSON, so the client parses one shape. */
export function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(result)
  writeHead(res, status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(body)
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  writeHead(res, status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}
