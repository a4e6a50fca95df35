import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { explainGraphError, explainPartialAcceptance } from '../../../../shared/capi/errors'
import type { InspectedExchange } from './inspectedExchange'
import { OutcomeSummary } from './OutcomeSummary'

function exchange(overrides: Partial<InspectedExchange>): InspectedExchange {
  return {
    title: 'Purchase · Sandbox store',
    outcome: 'partial',
    status: 200,
    headers: {},
    timing: { totalMs: 10 },
    request: { method: 'POST', url: 'http://127.0.0.1:4010/v26.0/1/events', headers: {} },
    eventsSent: 3,
    ...overrides,
  }
}

function shown(value: InspectedExchange) {
  const { unmount } = render(<OutcomeSummary exchange={value} />)
  const result = {
    outcome: screen.getByTestId('outcome').textContent?.trim(),
    explanation: screen.queryByTestId('explanation')?.querySelector('strong')?.textContent,
    evidence: screen.queryByTestId('evidence-label')?.textContent,
    evidenceTitle: screen.queryByTestId('evidence-label')?.getAttribute('title'),
  }
  unmount()
  return result
}

describe('OutcomeSummary: fewer events received (spec §7) and evidence', () => {
  it('tells zero received from some received, each with its own advice', () => {
    expect([
      shown(exchange({ eventsReceived: 0, explanation: explainPartialAcceptance(0, 3) })),
      shown(exchange({ eventsReceived: 2, explanation: explainPartialAcceptance(2, 3) })),
    ]).toEqual([
      {
        outcome: 'No events counted',
        explanation: 'Meta counted none of the events',
        evidence: ' Evidence: seen live',
        evidenceTitle:
          'seen in live answers (not documented by Meta); a 200 with fewer events_received is not a success',
      },
      {
        outcome: 'Only some events counted',
        explanation: 'Meta counted only some of the events',
        evidence: ' Evidence: seen live',
        evidenceTitle:
          'seen in live answers (not documented by Meta); a 200 with fewer events_received is not a success',
      },
    ])
  })

  it('labels an explained Meta error with its evidence, and a strict-mode answer as an assumption', () => {
    const body = { error: { code: 100, error_subcode: 2804132, type: 'OAuthException' } }
    const strictBody = {
      error: { code: 100, type: 'OAuthException', message: 'Invalid parameter' },
    }
    expect([
      shown(
        exchange({ outcome: 'meta_error', status: 400, explanation: explainGraphError(body, 400) }),
      ).evidence,
      shown(
        exchange({
          outcome: 'meta_error',
          status: 400,
          explanation: explainGraphError(strictBody, 400, {
            ruleHeader: 'R17',
            evidenceHeader: 'assumption',
          }),
        }),
      ).evidence,
    ]).toEqual([' Evidence: seen live, Sept 2026', ' Evidence: assumption'])
  })
})
