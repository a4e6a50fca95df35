import { describe, expect, it } from 'vitest'
import { defaultApiVersion, isValidApiVersion } from './graphVersions'
import { versionAdvice } from './versionAdvice'

const now = new Date('2026-11-24T06:00:00Z')

describe('versions', () => {
  it('defaults to v26.0 and validates the shape', () => {
    expect([
      defaultApiVersion,
      ...['v26.0', 'v27.0', 'v26', '26.0', 'v26.0.1'].map(isValidApiVersion),
    ]).toEqual(['v26.0', true, true, false, false, false])
  })

  it('classifies versions at a given date', () => {
    expect(
      ['v26.0', 'v25.0', 'v21.0', 'v20.0', 'v19.0', 'v27.0', 'v22.5', 'latest'].map(
        (version) => versionAdvice(version, now)?.kind,
      ),
    ).toEqual([
      undefined,
      undefined,
      'expiring',
      'expired',
      'unknown_older',
      'unknown_newer',
      'unknown_older',
      'invalid',
    ])
  })

  it('counts the days to expiry', () => {
    expect(versionAdvice('v21.0', now)).toEqual({
      kind: 'expiring',
      severity: 'warning',
      message: 'v21.0 expires on 2027-01-21 (in 58 days).',
      fix: 'Switch the connection to v26.0 before then.',
      availableUntil: '2027-01-21',
    })
  })

  it('stops warning more than 90 days before expiry', () => {
    expect([
      versionAdvice('v22.0', now)?.kind,
      versionAdvice('v22.0', new Date('2027-02-20T00:00:00Z'))?.kind,
    ]).toEqual([undefined, 'expiring'])
  })
})
