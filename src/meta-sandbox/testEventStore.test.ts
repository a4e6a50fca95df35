import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  firstEvent,
  messengerLead,
  postEvents,
  startTestSandbox,
  testNowMs,
  whatsappPurchase,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'
import { TestEventStore } from './testEventStore'

describe('TestEventStore', () => {
  it('records what the Test Events tab shows', () => {
    const store = new TestEventStore()
    const event = firstEvent(whatsappPurchase())
    store.recordRequest({
      testEventCode: 'TEST1',
      datasetId: '123456789012345',
      events: [event],
      receivedAt: new Date(testNowMs),
      fbtraceId: 'trace',
    })
    expect(store.list('TEST1')).toEqual([
      {
        testEventCode: 'TEST1',
        datasetId: '123456789012345',
        receivedAt: '2026-11-24T07:00:00.000Z',
        eventName: 'Purchase',
        actionSource: 'business_messaging',
        channel: 'whatsapp',
        eventTime: event.event_time,
        eventId: 'order-10042',
        userDataKeys: ['ctwa_clid', 'ph', 'whatsapp_business_account_id'],
        customDataKeys: ['currency', 'order_id', 'value'],
        fbtraceId: 'trace',
        event,
      },
    ])
  })

  it('keeps only the newest events past its capacity', () => {
    const store = new TestEventStore(2)
    const at = new Date(testNowMs)
    for (const id of ['a', 'b', 'c']) {
      store.recordRequest({
        testEventCode: 'T1',
        datasetId: '1',
        events: [{ event_id: id }],
        receivedAt: at,
        fbtraceId: id,
      })
    }
    expect(store.list().map((record) => record.eventId)).toEqual(['b', 'c'])
  })
})

describe('test events over HTTP', () => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startTestSandbox()
  })
  afterAll(() => sandbox.close())

  async function listed(code: string): Promise<unknown[]> {
    const response = await fetch(`${sandbox.url}/_sandbox/events?test_event_code=${code}`)
    return ((await response.json()) as { data: unknown[] }).data
  }

  it('lists accepted events by test code, not rejected or uncoded ones, and reset clears them', async () => {
    await postEvents(sandbox, { ...whatsappPurchase(), test_event_code: 'TEST777' })
    await postEvents(sandbox, { ...messengerLead(), test_event_code: 'TEST777' })
    const rejected = messengerLead()
    firstEvent(rejected).event_name = 'Lead'
    await postEvents(sandbox, { ...rejected, test_event_code: 'TEST777' })
    const uncoded = whatsappPurchase()
    delete uncoded.test_event_code
    await postEvents(sandbox, uncoded)

    const before = (await listed('TEST777')) as { eventName: string; channel: string }[]
    const reset = await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' })
    expect({
      before: before.map((record) => [record.eventName, record.channel]),
      other: await listed('TEST1'),
      reset: await reset.json(),
      after: await listed('TEST777'),
    }).toEqual({
      before: [
        ['Purchase', 'whatsapp'],
        ['LeadSubmitted', 'messenger'],
      ],
      other: [],
      reset: { reset: true, events_cleared: 2 },
      after: [],
    })
  })
})
