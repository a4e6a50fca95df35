import type { ProblemSeverity } from '../rules/ruleTypes'
import {
  compareApiVersions,
  findGraphVersion,
  graphVersions,
  isValidApiVersion,
} from './graphVersions'

export type VersionAdviceKind =
  'invalid' | 'expired' | 'expiring' | 'unknown_newer' | 'unknown_older'

export interface VersionAdvice {
  kind: VersionAdviceKind
  severity: ProblemSeverity
  message: string
  fix: string
  /** ISO date when known. */
  availableUntil?: string
}

const dayMs = 86_400_000
export const expiryWarningDays = 90

/**
 * What to tell the engineer about an API version at `now`; undefined when there is nothing to say
 * (a known version more than 90 days from expiry, or with no announced expiry).
 */
export function versionAdvice(version: string, now: Date): VersionAdvice | undefined {
  if (!isValidApiVersion(version)) {
    return {
      kind: 'invalid',
      severity: 'error',
      message: `"${version}" is not a Graph API version; Meta answers "Invalid API version".`,
      fix: 'Write it as v<major>.<minor>, for example v26.0.',
    }
  }
  const known = findGraphVersion(version)
  if (known === undefined) {
    const newest = graphVersions[0]!
    const oldest = graphVersions[graphVersions.length - 1]!
    if (compareApiVersions(version, newest.version) > 0) {
      return {
        kind: 'unknown_newer',
        severity: 'info',
        message: `${version} is newer than the versions the Workbench knows (latest confirmed ${newest.version}).`,
        fix: `Check the facebook-api-version response header: Meta serves the version it really used. Use ${newest.version} if unsure.`,
      }
    }
    if (compareApiVersions(version, oldest.version) < 0) {
      return {
        kind: 'unknown_older',
        severity: 'warning',
        message: `${version} is older than ${oldest.version}, which expired on ${oldest.availableUntil}. Meta serves the oldest usable version instead.`,
        fix: `Switch the connection to ${newest.version}.`,
      }
    }
    return {
      kind: 'unknown_older',
      severity: 'warning',
      message: `${version} is not a released Graph API version.`,
      fix: `Use one of ${graphVersions.map((known) => known.version).join(', ')}.`,
    }
  }
  if (known.availableUntil === undefined) return undefined
  const until = Date.parse(`${known.availableUntil}T00:00:00Z`)
  const newest = graphVersions[0]!.version
  if (now.getTime() >= until) {
    return {
      kind: 'expired',
      severity: 'warning',
      message: `${version} expired on ${known.availableUntil}; Meta serves the next oldest usable version instead, so behaviour may differ from what you test.`,
      fix: `Switch the connection to ${newest}.`,
      availableUntil: known.availableUntil,
    }
  }
  const daysLeft = Math.ceil((until - now.getTime()) / dayMs)
  if (daysLeft <= expiryWarningDays) {
    return {
      kind: 'expiring',
      severity: 'warning',
      message: `${version} expires on ${known.availableUntil} (in ${daysLeft} days).`,
      fix: `Switch the connection to ${newest} before then.`,
      availableUntil: known.availableUntil,
    }
  }
  return undefined
}
