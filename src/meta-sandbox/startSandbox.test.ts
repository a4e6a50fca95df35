import { describe, expect, it } from 'vitest'
import { postEvents, startTestSandbox, whatsappPurchase } from '../../test/support/sandboxTestKit'
import type { SandboxLogEntry } from './startSandbox'

describe('startSandbox', () => {
  it('logs each request with its rule and fault but never the token or query', async () => {
    const canary = 'SANDBOX-CANARY-TOKEN-0042'
    const entries: SandboxLogEntry[] = []
    const sandbox = await startTestSandbox({
      fixtures: {
        tokens: [{ token: canary, permissions: ['whatsapp_business_manage_events'] }],
        datasets: [
          {
            id: '123456789012345',
            name: 'Main',
            assets: [{ kind: 'whatsapp', id: '100000000000001', country: 'US' }],
          },
        ],
      },
      onRequest: (entry) => entries.push(entry),
    })
    try {
      await postEvents(sandbox, whatsappPurchase(), { token: canary })
      await fetch(`${sandbox.url}/v26.0/me?access_token=${canary}`)
      await postEvents(sandbox, whatsappPurchase(), { headers: { 'x-sandbox-fault': 'http500' } })
    } finally {
      await sandbox.close()
    }
    expect({
      leaked: JSON.stringify(entries).includes(canary),
      seen: entries.map(({ method, path, status, rule, fault }) => ({
        method,
        path,
        status,
        rule,
        fault,
      })),
    }).toEqual({
      leaked: false,
      seen: [
        {
          method: 'POST',
          path: '/v26.0/123456789012345/events',
          status: 200,
          rule: 'R19',
          fault: undefined,
        },
        { method: 'GET', path: '/v26.0/me', status: 200, rule: undefined, fault: undefined },
        {
          method: 'POST',
          path: '/v26.0/123456789012345/events',
          status: 500,
          rule: undefined,
          fault: 'http500',
        },
      ],
    })
  })

  it('answers an unversioned events path with R2', async () => {
    const sandbox = await startTestSandbox()
    try {
      const response = await fetch(`${sandbox.url}/123456789012345/events`, {
        method: 'POST',
        headers: { authorization: 'Bearer SANDBOX-TOKEN-1234' },
        body: JSON.stringify(whatsappPurchase()),
      })
      expect([response.status, response.headers.get('x-capi-workbench-rule')]).toEqual([400, 'R2'])
    } finally {
      await sandbox.close()
    }
  })

  it('close() may be called twice and frees the port', async () => {
    const sandbox = await startTestSandbox()
    await Promise.all([sandbox.close(), sandbox.close()])
    await expect(fetch(`${sandbox.url}/_sandbox/events`)).rejects.toThrow()
  })
})
