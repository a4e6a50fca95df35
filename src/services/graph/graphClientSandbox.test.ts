import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SendResult } from '../../shared/capi/sendResult'
import {
  berlinDatasetId,
  firstEvent,
  instagramPurchase,
  mainDatasetId,
  messengerLead,
  sandboxToken,
  startTestSandbox,
  whatsappPurchase,
} from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import { GraphClient } from './graphClient'

let sandbox: RunningSandbox
let client: GraphClient

beforeAll(async () => {
  sandbox = await startTestSandbox()
  client = new GraphClient({
    timeouts: { totalMs: 1500 },
    maxResponseBytes: 1024 * 1024,
  })
})

afterAll(async () => {
  await client.close()
  await sandbox.close()
})

function send(body: unknown, options: { datasetId?: string; token?: string; fault?: string } = {}) {
  return client.sendEvents({
    baseUrl: sandbox.url,
    version: 'v26.0',
    datasetId: options.datasetId ?? mainDatasetId,
    token: options.token ?? sandboxToken,
    body,
    headers: options.fault ? { 'x-sandbox-fault': options.fault } : {},
  })
}

function summary(result: SendResult) {
  return {
    outcome: result.outcome,
    status: result.status ?? null,
    kind: result.networkError?.kind ?? null,
    title: result.explanation?.title ?? null,
    retryable: result.explanation?.retryable ?? null,
  }
}

describe('GraphClient against the sandbox', () => {
  it('gets the valid payload of each channel accepted', async () => {
    const outcomes = []
    for (const body of [whatsappPurchase(), messengerLead(), instagramPurchase()]) {
      const result = await send(body)
      outcomes.push([
        result.outcome,
        result.eventsReceived,
        result.headers['x-capi-workbench-rule'],
      ])
    }
    expect(outcomes).toEqual([
      ['accepted', 1, 'R19'],
      ['accepted', 1, 'R19'],
      ['accepted', 1, 'R19'],
    ])
  })

  it("explains the sandbox's rule errors from the catalog", async () => {
    const lead = whatsappPurchase()
    firstEvent(lead).event_name = 'Lead'
    const results = [
      await send(lead),
      await send(whatsappPurchase(), { datasetId: berlinDatasetId }),
      await send(whatsappPurchase(), { token: 'SANDBOX-TOKEN-EXPIRED' }),
    ].map(summary)
    expect(results).toEqual([
      {
        outcome: 'meta_error',
        status: 400,
        kind: null,
        title: 'Messaging Event Invalid Event Type',
        retryable: 'never',
      },
      {
        outcome: 'meta_error',
        status: 400,
        kind: null,
        title: 'No WhatsApp Business Account linked to this dataset',
        retryable: 'never',
      },
      { outcome: 'meta_error', status: 400, kind: null, title: 'Expired', retryable: 'never' },
    ])
  })

  it('reads the fault modes zero-received and partial-received as two different failures', async () => {
    const batch = {
      ...whatsappPurchase(),
      data: [firstEvent(whatsappPurchase()), firstEvent(messengerLead())],
    }
    const results = [
      await send(batch, { fault: 'zero-received' }),
      await send(batch, { fault: 'partial-received' }),
    ].map((result) => [
      result.outcome,
      result.status,
      result.eventsReceived,
      result.eventsSent,
      result.explanation?.title,
      result.explanation?.retryable,
    ])
    expect(results).toEqual([
      ['partial', 200, 0, 2, 'Meta counted none of the events', 'manual'],
      ['partial', 200, 1, 2, 'Meta counted only some of the events', 'never'],
    ])
  })

  it('carries the evidence header into the explanation', async () => {
    const strict = await startTestSandbox({ strict: true })
    try {
      const negative = whatsappPurchase()
      ;(firstEvent(negative).custom_data as Record<string, unknown>).value = -1
      const lead = whatsappPurchase()
      firstEvent(lead).event_name = 'Lead'
      const [strictAnswer, leadAnswer] = await Promise.all(
        [negative, lead].map((body) =>
          client.sendEvents({
            baseUrl: strict.url,
            version: 'v26.0',
            datasetId: mainDatasetId,
            token: sandboxToken,
            body,
          }),
        ),
      )
      expect([
        strictAnswer!.headers['x-capi-workbench-evidence'],
        strictAnswer!.explanation?.evidence?.level,
        leadAnswer!.headers['x-capi-workbench-evidence'],
        leadAnswer!.explanation?.evidence?.level,
      ]).toEqual(['assumption', 'assumption', 'observed', 'observed'])
    } finally {
      await strict.close()
    }
  })

  it('runs every §9 check against the sandbox lookups', async () => {
    const target = { baseUrl: sandbox.url, version: 'v26.0', token: sandboxToken }
    const results = [
      await client.debugToken(target),
      await client.getMe(target),
      await client.getPermissions(target),
      await client.getDataset({ ...target, datasetId: mainDatasetId }),
      await client.getAssetDataset({ ...target, kind: 'whatsapp', id: '100000000000001' }),
    ]
    expect(results.map((result) => [result.outcome, result.status])).toEqual([
      ['ok', 200],
      ['ok', 200],
      ['ok', 200],
      ['ok', 200],
      ['ok', 200],
    ])
  })
})

describe('GraphClient against every sandbox fault: typed error within the timeout', () => {
  const expected: Array<[string, ReturnType<typeof summary>]> = [
    [
      'timeout',
      {
        outcome: 'network_error',
        status: null,
        kind: 'timeout',
        title: 'No answer in time',
        retryable: 'manual',
      },
    ],
    [
      'reset',
      {
        outcome: 'network_error',
        status: null,
        kind: 'connection_reset',
        title: 'Connection dropped',
        retryable: 'manual',
      },
    ],
    [
      'http500',
      { outcome: 'meta_error', status: 500, kind: null, title: 'API Service', retryable: 'manual' },
    ],
    [
      'html',
      {
        outcome: 'network_error',
        status: 502,
        kind: 'not_json',
        title: 'Server error (HTTP 502)',
        retryable: 'manual',
      },
    ],
    [
      'slow-body',
      {
        outcome: 'network_error',
        status: 200,
        kind: 'timeout',
        title: 'No answer in time (HTTP 200)',
        retryable: 'manual',
      },
    ],
    [
      'huge-body',
      {
        outcome: 'network_error',
        status: 200,
        kind: 'too_large',
        title: 'Answer too large (HTTP 200)',
        retryable: 'manual',
      },
    ],
    [
      'rate-limit',
      {
        outcome: 'meta_error',
        status: 400,
        kind: null,
        title: 'API Too Many Calls',
        retryable: 'wait',
      },
    ],
  ]

  it.each(expected)('%s', async (fault, outcome) => {
    const started = performance.now()
    const result = await send(whatsappPurchase(), { fault })
    const elapsedMs = performance.now() - started
    expect([summary(result), elapsedMs < 2500]).toEqual([outcome, true])
  })

  it('is still healthy after the faults', async () => {
    expect((await send(whatsappPurchase())).outcome).toBe('accepted')
  })
})
