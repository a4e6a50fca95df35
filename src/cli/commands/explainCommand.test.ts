import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCapturedCli } from '../../../test/support/captureCliIo'
import {
  firstEvent,
  mainDatasetId,
  sandboxToken,
  startTestSandbox,
  testNowMs,
  whatsappPurchase,
} from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import { explainCommand } from './explainCommand'
import { createSendCommand } from './sendCommand'

const directory = mkdtempSync(join(tmpdir(), 'capi-explain-'))
const sendCommand = createSendCommand({ now: () => new Date(testNowMs) })

function write(name: string, text: string): string {
  const path = join(directory, name)
  writeFileSync(path, text)
  return path
}

function capi(args: string[], stdin?: string) {
  return runCapturedCli([explainCommand, sendCommand], args, {
    env: { CAPI_TOKEN: sandboxToken },
    ...(stdin === undefined ? {} : { stdin }),
  })
}

describe('capi explain <code>', () => {
  it('explains 2804132 with its fix, retry advice and evidence (exit 0)', async () => {
    const { code, out } = await capi(['explain', '2804132'])
    expect([code, out.split('\n').slice(0, 1)[0]]).toEqual([
      0,
      'No WhatsApp Business Account linked to this dataset (code 100 / 2804132)',
    ])
    expect(out).toContain('  Fix: Send to the WABA')
    expect(out).toContain('  Retry: Do not resend as is')
    expect(out).toContain('  Evidence: seen in live answers, Sept 2026, 2 reports')
  })

  it('explains code/subcode and plain codes', async () => {
    const [unsupported, token] = [await capi(['explain', '100/33']), await capi(['explain', '190'])]
    expect([
      unsupported.code,
      unsupported.out.startsWith('Unsupported post request'),
      token.code,
      token.out.startsWith('Invalid OAuth access token (code 190)'),
      token.out.includes('Evidence: Meta documents this'),
    ]).toEqual([0, true, 0, true, true])
  })

  it('prints the generic advice and exits 1 for an unknown code', async () => {
    const [subcode, graphCode] = [
      await capi(['explain', '2804999']),
      await capi(['explain', '9999']),
    ]
    expect([
      subcode.code,
      subcode.out.split('\n')[0],
      subcode.out.includes('Meta rejected the event content'),
      subcode.out.includes("Evidence: this sandbox's assumption"),
      graphCode.code,
    ]).toEqual([1, 'Not in the catalog: generic advice for this kind of answer.', true, true, 1])
  })

  it('answers --json for scripts', async () => {
    const { code, out } = await capi(['explain', '2804116', '--json'])
    const parsed = JSON.parse(out) as { known: boolean; explanation: Record<string, unknown> }
    expect([
      code,
      parsed.known,
      parsed.explanation['title'],
      parsed.explanation['evidence'],
    ]).toEqual([
      0,
      true,
      'Missing Page or WhatsApp Business Account identification',
      { level: 'observed', month: '2026-09', reports: 2 },
    ])
  })
})

describe('capi explain <file | ->', () => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startTestSandbox({ strict: true })
  })
  afterAll(() => sandbox.close())

  it('reads a saved Graph error body, from a file or stdin', async () => {
    const body = JSON.stringify({
      error: {
        message: 'Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_subcode: 2804081,
        error_user_title: 'Moeda ausente',
        fbtrace_id: 'AbC1dEf2GhI3jK',
      },
    })
    const fromFile = await capi(['explain', write('answer.json', body)])
    const fromStdin = await capi(['explain', '-'], body)
    expect([fromFile.code, fromStdin.out]).toEqual([0, fromFile.out])
    expect(fromFile.out).toContain('Currency missing (code 100 / 2804081)')
    expect(fromFile.out).toContain('Meta said: Moeda ausente')
  })

  it('reads a whole capi send --json result, keeping the sandbox evidence (strict mode)', async () => {
    const negative = whatsappPurchase()
    ;(firstEvent(negative).custom_data as Record<string, number>).value = -2
    const bodyPath = write('negative.json', JSON.stringify(negative))
    const sent = await capi([
      'send',
      '--raw',
      bodyPath,
      '--endpoint',
      sandbox.url,
      '--dataset',
      mainDatasetId,
      '--json',
    ])
    const explained = await capi(['explain', write('result.json', sent.out), '--json'])
    const parsed = JSON.parse(explained.out) as { explanation: Record<string, unknown> }
    expect([
      sent.code,
      explained.code,
      parsed.explanation['rule'],
      (parsed.explanation['evidence'] as { level: string }).level,
    ]).toEqual([1, 0, 'R17', 'assumption'])
  })

  it('explains a saved partial result with the partial advice', async () => {
    const result = JSON.stringify({
      sent: true,
      problems: [],
      result: { outcome: 'partial', status: 200, eventsReceived: 0, eventsSent: 3, headers: {} },
    })
    const { code, out } = await capi(['explain', write('zero.json', result)])
    expect([code, out.split('\n')[0]]).toEqual([0, 'Meta counted none of the events'])
  })

  it('exits 2 for unreadable input', async () => {
    const results = await Promise.all([
      capi(['explain', join(directory, 'missing.json')]),
      capi(['explain', write('not-json.txt', 'hello')]),
      capi(['explain', write('other.json', '{"hello": 1}')]),
      capi(['explain']),
    ])
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2])
  })

  it('never prints a token quoted in a saved answer', async () => {
    const body = JSON.stringify({
      error: {
        message: 'Bad token EAABwzLixnjYBAFAKEtoken1234567890',
        type: 'OAuthException',
        code: 190,
      },
    })
    const { out } = await capi(['explain', '-', '--json'], body)
    expect(out.includes('EAABwzLixnjYBAFAKEtoken1234567890')).toBe(false)
  })
})
