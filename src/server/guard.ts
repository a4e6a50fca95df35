import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { secretHeaderName } from '../shared/browserMode'

/** The header every browser-mode API call carries. */
export const secretHeader = secretHeaderName

/** A fresh secret for one launch: 32 random bytes, hex (safe in a URL fragment and a header). */
export function createLaunchSecret(): string {
  return randomBytes(32).toString('hex')
}

/**
 * Constant-time comparison. Both sides are hashed first so that a wrong length takes the same
 * path as a wrong value (timingSafeEqual itself throws on different lengths).
 */
export function secretsMatch(expected: string, provided: string | undefined): boolean {
  if (typeof provided !== 'string' || provided === '') return false
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(provided).digest()
  return timingSafeEqual(a, b)
}

export interface RequestFacts {
  /** The path without the query string. */
  path: string
  host: string | undefined
  origin: string | undefined
  secret: string | undefined
}

export interface GuardRefusal {
  status: 403
  code: 'forbidden_host' | 'forbidden_origin' | 'missing_secret' | 'wrong_secret'
  message: string
}

/** The only Host values the server answers: its loopback address and the port it bound. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/**
 * The loopback guard, checked before anything else on every request:
 * - Host must be exactly `127.0.0.1:<port>` or `localhost:<port>`: a page on another name that
 *   was rebound to 127.0.0.1 (DNS rebinding) is refused, static files included.
 * - Origin, when the browser sends one, must be this server's own origin (`http://` + Host).
 * - `/api/*` needs the per-launch secret in the `x-workbench-secret` header. Static files are public
 *   (they hold no data) so the page can load and pick the secret from its URL fragment.
 * Returns undefined when the request may proceed.
 */
export function checkRequest(
  facts: RequestFacts,
  server: { port: number; secret: string },
): GuardRefusal | undefined {
  const host = facts.host?.toLowerCase()
  if (host === undefined || !allowedHosts(server.port).includes(host)) {
    return {
      status: 403,
      code: 'forbidden_host',
      message: 'This server only answers requests addressed to its own loopback address and port.',
    }
  }
  if (facts.origin !== undefined && facts.origin.toLowerCase() !== `http://${host}`) {
    return {
      status: 403,
      code: 'forbidden_origin',
      message: 'Requests from another origin are refused.',
    }
  }
  if (facts.path === '/api' || facts.path.startsWith('/api/')) {
    if (facts.secret === undefined || facts.secret === '') {
      return {
        status: 403,
        code: 'missing_secret',
        message:
          'The Workbench secret is missing. Open the link printed by `npm run web` (it ends in #secret=…).',
      }
    }
    if (!secretsMatch(server.secret, facts.secret)) {
      return {
        status: 403,
        code: 'wrong_secret',
        message:
          'The Workbench secret is not the one of this launch. Open the link printed by `npm run web` again.',
      }
    }
  }
  return undefined
}
