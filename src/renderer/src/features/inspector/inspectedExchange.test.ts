import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import { fromHistoryEntry } from './inspectedExchange'

const rejected: HistoryEntry = {
  id: 'h1',
  time: '2026-11-25T10:00:00.000Z',
  connectionName: 'Berlin store',
  endpoint: 'http://127.0.0.1:8765',
  datasetId: '223456789012345',
  apiVersion: 'v26.0',
  eventNames: ['Purchase'],
  eventIds: [],
  payloadHashes: ['x'],
  outcome: 'meta_error',
  status: 400,
  fbtraceId: 'AbC',
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:8765/v26.0/223456789012345/events',
    headers: { authorization: 'Bearer <REDACTED>' },
    body: '{"data":[]}',
  },
  response: {
    status: 400,
    headers: { 'x-capi-workbench-rule': 'R18' },
    body: {
      error: {
        message: 'Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_user_title: 'Messaging Event Within Messaging Restrictive Region',
        fbtrace_id: 'AbC',
      },
    },
  },
  timing: { totalMs: 12 },
}

describe('fromHistoryEntry', () => {
  it('derives the catalog explanation again from the stored answer and its sandbox rule', () => {
    const exchange = fromHistoryEntry(rejected)
    expect({
      title: exchange.title,
      outcome: exchange.outcome,
      status: exchange.status,
      category: exchange.explanation?.category,
      rule: exchange.explanation?.rule,
      slow: exchange.slow,
    }).toEqual({
      title: 'Purchase · Berlin store',
      outcome: 'meta_error',
      status: 400,
      category: 'region',
      rule: 'R18',
      slow: undefined,
    })
  })
})

describe('fromHistoryEntry: revision 2', () => {
  it('keeps the evidence header of a strict-mode answer', () => {
    const strict: HistoryEntry = {
      ...rejected,
      response: {
        ...rejected.response,
        headers: { 'x-capi-workbench-rule': 'R17', 'x-capi-workbench-evidence': 'assumption' },
        body: { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100 } },
      },
    }
    expect(fromHistoryEntry(strict).explanation?.evidence?.level).toBe('assumption')
  })

  it('derives the zero-received and some-received advice for a partial send', () => {
    const partial = (received: number): HistoryEntry => ({
      ...rejected,
      outcome: 'partial',
      status: 200,
      eventNames: ['Purchase', 'Purchase'],
      response: {
        status: 200,
        headers: {},
        body: { events_received: received, messages: [], fbtrace_id: 'AbC' },
      },
    })
    expect([0, 1].map((n) => fromHistoryEntry(partial(n)).explanation?.title)).toEqual([
      'Meta counted none of the events',
      'Meta counted only some of the events',
    ])
  })
})

describe('fromHistoryEntry: the slow threshold setting', () => {
  it('judges "slow" against the threshold given (send.slowThresholdMs), 1,500 ms by default', () => {
    const entry = { ...rejected, totalMs: 900 }
    expect(
      [undefined, 800].map((threshold) => {
        const exchange = fromHistoryEntry(entry, threshold)
        return [exchange.slow, exchange.slowThresholdMs]
      }),
    ).toEqual([
      [false, 1500],
      [true, 800],
    ])
  })
})
