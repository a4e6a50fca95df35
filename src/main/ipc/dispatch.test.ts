import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/result'
import { createHandlers } from '../createHandlers'
import { testDependencies } from '../../../test/support/testDependencies'
import { dispatch } from './dispatch'

const handlers = createHandlers(testDependencies('/tmp/x', { now: () => new Date(0) }))

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
