import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/result'
import { createServices } from '../createServices'
import { testDependencies } from '../../../test/support/testDependencies'
import { dispatch } from './dispatch'

const handlers = createServices(testDependencies('/tmp/x', { now: () => new Date(0) })).handlers

describe('dispatch', () => {
  it('answers a known channel with the contract-checked value', async () => {
    const result = await dispatch(handlers, 'app.info', undefined)
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'CAPI Workbench',
        version: '0.1.0',
        platform: process.platform,
        dataDirectory: '/tmp/x',
        shell: 'test',
      },
    })
  })

  it('refuses an unknown channel and stray input', async () => {
    expect(await dispatch(handlers, '__proto__', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    })
    expect(await dispatch(handlers, 'app.info', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })

  it('refuses an oversized history id instead of echoing it back', async () => {
    const id = 'x'.repeat(1_000_000)
    const replies = await Promise.all([
      dispatch(handlers, 'history.get', { id }),
      dispatch(handlers, 'history.delete', { id }),
      dispatch(handlers, 'transfer.copyAs', { format: 'curl', historyId: id }),
    ])
    expect(
      replies.map((reply) => [
        reply.ok ? 'ok' : reply.error.code,
        JSON.stringify(reply).length < 1000,
      ]),
    ).toEqual([
      ['invalid_input', true],
      ['invalid_input', true],
      ['invalid_input', true],
    ])
  })

  it('turns AppError into its code and hides other errors', async () => {
    const failing = {
      ...handlers,
      'app.info': () => {
        throw new AppError('not_found', 'Nothing here.')
      },
    }
    expect(await dispatch(failing, 'app.info', undefined)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Nothing here.' },
    })
    const crashing = {
      ...handlers,
      'app.info': () => {
        throw new Error('secret EAAB123 stack')
      },
    }
    const result = await dispatch(crashing, 'app.info', undefined, { onUnexpected: () => {} })
    expect(JSON.stringify(result)).not.toContain('EAAB123')
  })
})
