import { describe, expect, it } from 'vitest'
import {
  explainNetworkError,
  explainPartialAcceptance,
  networkErrorKinds,
} from './explainNetworkError'

describe('explainNetworkError', () => {
  it('says for each kind whether the request may have reached Meta', () => {
    const retry = Object.fromEntries(
      networkErrorKinds.map((kind) => [kind, explainNetworkError(kind).retryable]),
    )
    expect(retry).toEqual({
      timeout: 'manual',
      connection_refused: 'manual',
      connection_reset: 'manual',
      dns: 'manual',
      tls: 'manual',
      not_json: 'manual',
      too_large: 'manual',
      cancelled: 'manual',
      other: 'unknown',
    })
  })

  it('tells "nothing was sent" apart from "outcome unknown"', () => {
    const sent = explainNetworkError('connection_refused').retryAdvice
    const unknown = explainNetworkError('connection_reset').retryAdvice
    expect([
      sent.startsWith('Nothing reached Meta'),
      unknown.startsWith('Outcome unknown'),
    ]).toEqual([true, true])
  })

  it('adds the HTTP status to the title of a non-JSON answer', () => {
    expect(explainNetworkError('not_json', 502).title).toBe('Answer is not JSON (HTTP 502)')
  })
})

describe('explainPartialAcceptance', () => {
  it('reports some events received as a failure: do not resend the batch', () => {
    const some = explainPartialAcceptance(1, 3)
    expect([some.title, some.explanation, some.retryable, some.evidence?.level]).toEqual([
      'Meta counted only some of the events',
      'HTTP 200, but Meta counted 1 of the 3 events sent, without saying which. This is a failure, not a success.',
      'never',
      'observed',
    ])
    expect(some.fix).toMatch(/Do not resend the batch.*resend only the missing ones, by event_id/)
  })

  it('reports zero events received as a failure that is safe to resend after the fix', () => {
    const none = explainPartialAcceptance(0, 2)
    expect([none.title, none.retryable, none.retryAdvice]).toEqual([
      'Meta counted none of the events',
      'manual',
      'Safe to resend after the fix: nothing in this request was counted.',
    ])
  })
})
