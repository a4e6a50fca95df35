import { describe, expect, it } from 'vitest'
import type { AcceptedMatch } from '../../contract/historyChannels'
import { AppError } from '../../result'
import type { Problem } from '../rules/ruleTypes'
import { sendGate } from './sendGate'

const error: Problem = {
  path: 'ids.ctwaClid',
  severity: 'error',
  code: 'x',
  message: 'No clid.',
  fix: '',
}
const match = (outcome: 'accepted' | 'unknown'): AcceptedMatch => ({
  eventIndex: 0,
  outcome,
  matchedBy: 'event_id',
  entryId: `entry-${outcome}`,
  time: '2026-12-01T10:00:00.000Z',
  endpoint: 'https://graph.facebook.com',
  message: `${outcome} before`,
})
const real = { data: [{ event_name: 'Purchase' }] }
const test = { ...real, test_event_code: 'TEST1' }

function refusal(run: () => unknown): string | AcceptedMatch[] {
  try {
    return run() as AcceptedMatch[]
  } catch (caught) {
    return caught instanceof AppError ? caught.code : String(caught)
  }
}

describe('the one send gate', () => {
  it('refuses errors, an unconfirmed real event and an accepted duplicate; passes unknown attempts on', () => {
    expect([
      refusal(() => sendGate([error], test, [], {})),
      refusal(() => sendGate([error], test, [], { force: true })),
      refusal(() => sendGate([], real, [], {})),
      refusal(() => sendGate([], real, [match('accepted')], { confirmNoTestCode: true })),
      refusal(() =>
        sendGate([], real, [match('accepted')], { confirmNoTestCode: true, allowDuplicate: true }),
      ),
      refusal(() => sendGate([], real, [match('unknown')], { confirmNoTestCode: true })),
      refusal(() => sendGate([], test, [match('accepted')], {})),
    ]).toEqual([
      'draft_has_errors',
      [],
      'test_code_confirmation_needed',
      'duplicate_event',
      [],
      [match('unknown')],
      [],
    ])
  })
})
