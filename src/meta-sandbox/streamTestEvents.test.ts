import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  postEvents,
  startTestSandbox,
  whatsappPurchase,
  messengerLead,
} from '../../test/support/sandboxTestKit'
import type { RunningSandbox } from './startSandbox'

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

/** Reads server-sent events until `count` `test-event`s have arrived. */
async function readEvents(response: Response, count: number, onCaughtUp?: () => Promise<void>) {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  const events: { name: string; data: Record<string, unknown> }[] = []
  while (events.filter((event) => event.name === 'test-event').length < count) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const name = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (!name || !data) continue
      events.push({ name, data: JSON.parse(data) as Record<string, unknown> })
      if (name === 'caught-up') await onCaughtUp?.()
    }
  }
  await reader.cancel()
  return events
}

describe('GET /_sandbox/events/stream', () => {
  it('sends the stored events, then each new one live, for one test code', async () => {
    await postEvents(sandbox, { ...whatsappPurchase(), test_event_code: 'TEST900' })
    await postEvents(sandbox, { ...messengerLead(), test_event_code: 'TEST901' })
    const response = await fetch(`${sandbox.url}/_sandbox/events/stream?test_event_code=TEST900`)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const events = await readEvents(response, 2, async () => {
      await fetch(`${sandbox.url}/v26.0/123456789012345/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer SANDBOX-TOKEN-1234',
          'user-agent': 'acme-integration/2.1',
        },
        body: JSON.stringify({ ...whatsappPurchase(), test_event_code: 'TEST900' }),
      })
    })
    expect(
      events.map((event) => [event.name, event.data['testEventCode'], event.data['userAgent']]),
    ).toEqual([
      ['test-event', 'TEST900', 'node'],
      ['caught-up', undefined, undefined],
      ['test-event', 'TEST900', 'acme-integration/2.1'],
    ])
  })
})
