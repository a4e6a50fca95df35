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
  it('reports fewer events received than sent as a failure', () => {
    expect(explainPartialAcceptance(1, 3).explanation).toBe(
      'HTTP 200, but Meta took 1 of the 3 sent, without saying which. This counts as a failure.',
    )
  })
})
