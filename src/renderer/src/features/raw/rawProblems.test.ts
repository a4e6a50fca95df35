import { describe, expect, it } from 'vitest'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { parseSendSettings } from '../sendSettings'
import { nextProblem, rawProblems } from './rawProblems'
import { rawTemplate } from './rawTemplate'

const now = new Date('2026-03-01T12:00:00Z')
const connection = {
  id: 'c1',
  name: 'Shop',
  datasetId: '123456789012345',
  apiVersion: 'v26.0',
  endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:1' },
  assets: { whatsapp: { id: '100000000000042', country: 'DE' } },
  testEventCode: 'TEST777',
  hasToken: true,
} as unknown as ConnectionView

describe('rawProblems', () => {
  it('puts a JSON syntax error on its line and column', () => {
    const problems = rawProblems('{\n  "data": [1,,2]\n}', connection, now)
    expect(
      problems.map(({ code, severity, line, column }) => ({ code, severity, line, column })),
    ).toEqual([{ code: 'json.syntax', severity: 'error', line: 2, column: 14 }])
  })

  it('places validator problems on the value they name, or on the object that lacks a field', () => {
    const text = '{\n  "data": [\n    {"event_name": "Purchase", "event_time": "soon"}\n  ]\n}'
    const problems = rawProblems(text, connection, now)
    const eventTime = problems.find((problem) => problem.path === 'data.0.event_time')
    const actionSource = problems.find((problem) => problem.path === 'data.0.action_source')
    expect({
      eventTime: eventTime && [eventTime.line, eventTime.column, eventTime.severity],
      actionSource: actionSource && [actionSource.line, actionSource.column],
    }).toEqual({ eventTime: [3, 32, 'error'], actionSource: [3, 5] })
  })

  it('names a token in the body (it is removed before sending) and notes a WABA in a restricted region', () => {
    const body = JSON.parse(rawTemplate(connection, now)) as Record<string, unknown>
    const text = JSON.stringify({ access_token: 'EAAB', ...body }, null, 2)
    const codes = rawProblems(text, connection, now).map((problem) => problem.code)
    expect({
      removed: codes.includes('raw.secret_removed'),
      // Spec §11 revision 2: a WhatsApp Business Account's country is a note, not a warning.
      regionNote: codes.includes('region.waba_note'),
      regionWarning: codes.includes('region.restricted_asset'),
    }).toEqual({ removed: true, regionNote: true, regionWarning: false })
  })

  it('F8 order: the next problem after the cursor, wrapping to the first', () => {
    const problems = rawProblems('{"data": [{}]}', connection, now)
    expect([nextProblem(problems, -1)?.from, nextProblem(problems, 10_000)?.from]).toEqual([
      problems[0]?.from,
      problems[0]?.from,
    ])
  })
})

describe('rawTemplate', () => {
  it('is a body the validator accepts, with the connection’s WhatsApp account and test code', () => {
    const plain = { ...connection, assets: { whatsapp: { id: '100000000000042' } } }
    const text = rawTemplate(plain as ConnectionView, now)
    const errors = rawProblems(text, plain as ConnectionView, now).filter(
      (problem) => problem.severity === 'error',
    )
    const body = JSON.parse(text) as {
      test_event_code?: string
      data: { user_data: Record<string, unknown> }[]
    }
    expect({
      errors,
      waba: body.data[0]?.user_data.whatsapp_business_account_id,
      code: body.test_event_code,
      withoutConnection: 'test_event_code' in JSON.parse(rawTemplate(undefined, now)),
    }).toEqual({ errors: [], waba: '100000000000042', code: 'TEST777', withoutConnection: false })
  })
})

describe('parseSendSettings', () => {
  it('reads name: value lines and a timeout in seconds', () => {
    expect(
      parseSendSettings({ headersText: 'X-Sandbox-Fault: timeout\n\n', timeoutText: '2.5' }),
    ).toEqual({ headers: { 'x-sandbox-fault': 'timeout' }, timeoutMs: 2500, errors: [] })
  })

  it('refuses a reserved header, a line without a colon and a timeout out of range', () => {
    const parsed = parseSendSettings({
      headersText: 'authorization: Bearer x\nnonsense',
      timeoutText: '90',
    })
    expect({
      errors: parsed.errors.length,
      headers: parsed.headers,
      timeout: parsed.timeoutMs,
    }).toEqual({ errors: 3, headers: undefined, timeout: undefined })
  })
})
