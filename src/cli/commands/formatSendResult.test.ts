import { describe, expect, it } from 'vitest'
import type { SendResult } from '../../shared/capi/sendResult'
import { formatSendResult } from './formatSendResult'

function answer(totalMs: number, slowThresholdMs?: number): SendResult {
  return {
    outcome: 'accepted',
    eventsSent: 1,
    eventsReceived: 1,
    status: 200,
    request: { method: 'POST', url: 'http://127.0.0.1:8765/v26.0/1/events', headers: {} },
    headers: {},
    timing: { queueMs: 0, connectMs: 0, tlsMs: 0, ttfbMs: totalMs, downloadMs: 0, totalMs },
    slow: totalMs > (slowThresholdMs ?? 1500),
    ...(slowThresholdMs !== undefined ? { slowThresholdMs } : {}),
    startedAt: '2026-12-02T10:00:00.000Z',
  }
}

describe('formatSendResult: the timing line', () => {
  it('names the threshold that applied; only the default is tied to Meta’s suggested timeout', () => {
    const timing = (result: SendResult) =>
      formatSendResult(result)
        .split('\n')
        .find((line) => line.startsWith('timing:'))
    expect([answer(1600), answer(900, 800), answer(700, 800)].map(timing)).toEqual([
      'timing: 1600 ms total (queue 0, connect 0, TLS 0, first byte 1600, download 0) (slow: over 1,500 ms (the slow threshold setting; Meta suggests a 1,500 ms timeout))',
      'timing: 900 ms total (queue 0, connect 0, TLS 0, first byte 900, download 0) (slow: over 800 ms (the slow threshold setting))',
      'timing: 700 ms total (queue 0, connect 0, TLS 0, first byte 700, download 0)',
    ])
  })
})
