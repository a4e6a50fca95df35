import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleHashes } from '../../shared/capi/rules/exampleBodies'
import type { ConnectionView } from '../../shared/connections/connectionSchema'
import type { TestEventsReceived } from '../../shared/contract/testEventsChannels'
import {
  messengerLead,
  postEvents,
  startTestSandbox,
  whatsappPurchase,
} from '../../../test/support/sandboxTestKit'
import type { RunningSandbox } from '../../meta-sandbox/startSandbox'
import { RecentHashes } from './recentHashes'
import { TestEventsService } from './testEventsService'

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox()
})
afterAll(() => sandbox.close())

function connection(endpoint: ConnectionView['endpoint']): ConnectionView {
  return {
    id: 'c1',
    name: 'Sandbox store',
    portfolioName: '',
    businessAccountName: '',
    datasetId: '123456789012345',
    apiVersion: 'v26.0',
    endpoint,
    assets: {},
    createdAt: '',
    updatedAt: '',
    hasToken: true,
  }
}

async function until(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !check(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('TestEventsService', () => {
  it('pushes stored then live events, with the normalized value behind the Workbench’s hashes', async () => {
    await postEvents(sandbox, { ...messengerLead(), test_event_code: 'TEST31' })
    const pushed: TestEventsReceived[] = []
    const hashes = new RecentHashes()
    const phone = whatsappPurchase()
    const sentPhoneHash = exampleHashes.ph
    hashes.remember([{ hash: sentPhoneHash, normalized: '16505551212' }])
    const service = new TestEventsService({
      connections: { get: async () => connection({ kind: 'sandbox', url: sandbox.url }) },
      hashes,
      emit: (payload) => pushed.push(payload),
    })
    await service.watch({ watchId: 'w1', connectionId: 'c1', testEventCode: 'TEST31' })
    await until(() => pushed.some((payload) => payload.caughtUp))
    await postEvents(sandbox, { ...phone, test_event_code: 'TEST31' })
    await postEvents(sandbox, { ...phone, test_event_code: 'OTHER' })
    await until(() => pushed.flatMap((payload) => payload.events).length >= 2)
    expect(service.unwatch('w1')).toEqual({ stopped: true })
    const events = pushed.flatMap((payload) => payload.events)
    expect(events.map((event) => [event.eventName, event.testEventCode])).toEqual([
      ['LeadSubmitted', 'TEST31'],
      ['Purchase', 'TEST31'],
    ])
    expect(events[0]!.parameters.find((p) => p.key === 'user_data.em')).toEqual({
      key: 'user_data.em',
      value: exampleHashes.em,
    })
    expect(events[1]!.parameters.find((p) => p.key === 'user_data.ph')).toEqual({
      key: 'user_data.ph',
      value: sentPhoneHash,
      normalized: '16505551212',
    })
    expect(events[1]!.parameters.find((p) => p.key === 'custom_data.value')?.value).toBe('49.9')
    expect(events[1]!.sentByWorkbench).toBe(false)
  })

  it('refuses a Meta connection with where to look instead, and an unreachable sandbox', async () => {
    const meta = new TestEventsService({
      connections: { get: async () => connection({ kind: 'meta' }) },
      hashes: new RecentHashes(),
      emit: () => undefined,
    })
    await expect(meta.watch({ watchId: 'w2', connectionId: 'c1' })).rejects.toThrow(
      /Meta Events Manager → Data sources → dataset 123456789012345 → Test events/,
    )
    const gone = new TestEventsService({
      connections: { get: async () => connection({ kind: 'sandbox', url: 'http://127.0.0.1:9' }) },
      hashes: new RecentHashes(),
      emit: () => undefined,
    })
    await expect(gone.watch({ watchId: 'w3', connectionId: 'c1' })).rejects.toThrow(
      /does not answer/,
    )
  })
})
