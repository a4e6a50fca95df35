import type { RequestContext } from '../shared/capi/rules/ruleTypes'
import type { GraphErrorSpec } from './graphResponses'
import type { SandboxToken } from './sandboxFixtures'
import { channelPermissions, type SandboxWorld } from './sandboxWorld'

export type TokenStatus = RequestContext['token']

export interface TokenState {
  status: TokenStatus
  entry?: SandboxToken
}

export function tokenState(world: SandboxWorld, token: string | undefined): TokenState {
  if (token === undefined) return { status: 'missing' }
  const entry = world.findToken(token)
  return entry ? { status: 'valid', entry } : { status: 'unknown' }
}

/** 190 / 463 "Session has expired" (Meta's answer for an expired token), HTTP 400 (spec §7, rev. 2). */
export function expiredTokenError(nowMs: number): GraphErrorSpec {
  const expiredAt = new Date(nowMs - 3_600_000).toUTCString()
  return {
    status: 400,
    code: 190,
    subcode: 463,
    type: 'OAuthException',
    message: `Error validating access token: Session has expired on ${expiredAt}. The current time is ${new Date(nowMs).toUTCString()}.`,
    rule: 'R1',
    evidence: 'meta-docs',
  }
}

/**
 * A token without the channel's event permission (spec §9): Meta's "API Permission" family,
 * code 200, HTTP 403, naming the permission. Reported under R1 (the token check).
 */
export function permissionError(permission: string): GraphErrorSpec {
  return {
    status: 403,
    code: 200,
    type: 'OAuthException',
    message: `(#200) Requires ${permission} permission to manage the object`,
    isTransient: false,
    rule: 'R1',
    evidence: 'meta-docs',
  }
}

/** The first channel permission (in event order) that the token lacks, if any. */
export function missingChannelPermission(token: SandboxToken, body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const data = (body as Record<string, unknown>).data
  if (!Array.isArray(data)) return undefined
  for (const event of data) {
    if (typeof event !== 'object' || event === null) continue
    const channel = (event as Record<string, unknown>).messaging_channel
    if (typeof channel !== 'string') continue
    const permission = channelPermissions[channel]
    if (permission && !token.permissions.includes(permission)) return permission
  }
  return undefined
}
