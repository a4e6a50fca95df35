/**
 * Graph API versions and how long they stay usable for the Conversions API (spec §2.2, Meta's Graph
 * schedule, not the shorter Marketing API one). `availableUntil` is an ISO date, or undefined when
 * Meta has not announced it.
 */

export interface GraphVersion {
  version: string
  released: string
  availableUntil?: string
}

export const graphVersions: readonly GraphVersion[] = [
  { version: 'v26.0', released: '2026-07-29' },
  { version: 'v25.0', released: '2026-02-18', availableUntil: '2028-07-29' },
  { version: 'v24.0', released: '2025-10-08', availableUntil: '2028-02-18' },
  { version: 'v23.0', released: '2025-05-29', availableUntil: '2027-10-08' },
  { version: 'v22.0', released: '2025-01-21', availableUntil: '2027-05-20' },
  { version: 'v21.0', released: '2024-10-02', availableUntil: '2027-01-21' },
  { version: 'v20.0', released: '2024-05-21', availableUntil: '2026-09-24' },
]

/** Released, seen working for CAPI in September 2026, longest runway (spec §2.2 decision). */
export const defaultApiVersion = 'v26.0'

const versionPattern = /^v(\d+)\.(\d+)$/

export function isValidApiVersion(version: string): boolean {
  return versionPattern.test(version)
}

export function findGraphVersion(version: string): GraphVersion | undefined {
  return graphVersions.find((known) => known.version === version)
}

/** Numeric comparison of `vMAJOR.MINOR`; NaN-free for valid versions only. */
export function compareApiVersions(left: string, right: string): number {
  const [, leftMajor, leftMinor] = versionPattern.exec(left) ?? []
  const [, rightMajor, rightMinor] = versionPattern.exec(right) ?? []
  return Number(leftMajor) - Number(rightMajor) || Number(leftMinor) - Number(rightMinor)
}
