import { describe, expect, it } from 'vitest'
import { prepareTestKeychain } from '../../../test/setup/testKeychain'
import { AppError } from '../../shared/result'
import { type KeytarModule, KeytarSecretStore } from './keytarSecretStore'

const keychain = await prepareTestKeychain()

describe.skipIf(keychain.mode === 'skip')('KeytarSecretStore on a real Secret Service', () => {
  const store = keychain.store

  it('has a usable keychain (in CI a missing keychain is a failure)', () => {
    expect(keychain.reason).toBeUndefined()
  })

  it('stores, replaces, reads and deletes a secret per account', async () => {
    const seen: unknown[] = []
    await store.set('connection-a', 'first-secret')
    await store.set('connection-b', 'other-secret')
    seen.push(await store.get('connection-a'))
    await store.set('connection-a', 'second-secret')
    seen.push(await store.get('connection-a'), await store.get('connection-b'))
    seen.push(await store.delete('connection-a'), await store.delete('connection-a'))
    seen.push(await store.get('connection-a'), await store.get('connection-b'))
    await store.delete('connection-b')
    expect(seen).toEqual([
      'first-secret',
      'second-secret',
      'other-secret',
      true,
      false,
      undefined,
      'other-secret',
    ])
  })

  it('reports the keychain as available', async () => {
    expect(await store.status()).toEqual({ available: true, backend: 'Secret Service (libsecret)' })
  })
})

function failingKeytar(message: string): KeytarModule {
  const fail = () => Promise.reject(new Error(message))
  return { getPassword: fail, setPassword: fail, deletePassword: fail }
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('KeytarSecretStore failures', () => {
  it('turns a missing D-Bus session into keychain_unavailable with a fix', async () => {
    const store = new KeytarSecretStore({
      platform: 'linux',
      loadKeytar: async () => failingKeytar('Cannot autolaunch D-Bus without X11 $DISPLAY'),
    })
    const error = await caught(store.set('a', 'secret-value'))
    expect({ code: error.code, mentionsDbus: /D-Bus session/.test(error.message) }).toEqual({
      code: 'keychain_unavailable',
      mentionsDbus: true,
    })
  })

  it('reports a keychain that does not answer in time', async () => {
    const store = new KeytarSecretStore({
      timeoutMilliseconds: 20,
      loadKeytar: async () => ({
        getPassword: () => new Promise(() => {}),
        setPassword: () => new Promise(() => {}),
        deletePassword: () => new Promise(() => {}),
      }),
    })
    const status = await store.status()
    expect({ available: status.available, problem: status.problem }).toEqual({
      available: false,
      problem:
        'The keychain did not answer in time; it may be waiting for an unlock prompt that cannot be shown here.',
    })
  })

  it('retries loading the native module after a failed load', async () => {
    const entries = new Map<string, string>()
    let loads = 0
    const store = new KeytarSecretStore({
      loadKeytar: async () => {
        loads++
        if (loads === 1) throw new Error('Cannot find module keytar.node')
        return {
          getPassword: async (_service, account) => entries.get(account) ?? null,
          setPassword: async (_service, account, password) => void entries.set(account, password),
          deletePassword: async (_service, account) => entries.delete(account),
        }
      },
    })
    const first = await caught(store.get('a'))
    await store.set('a', 'secret-value')
    expect([first.code, first.message.includes('native module'), await store.get('a')]).toEqual([
      'keychain_unavailable',
      true,
      'secret-value',
    ])
  })

  it('refuses an empty account name or secret without touching the keychain', async () => {
    const store = new KeytarSecretStore({ loadKeytar: async () => failingKeytar('unused') })
    const codes = [(await caught(store.get(' '))).code, (await caught(store.set('a', ''))).code]
    expect(codes).toEqual(['invalid_input', 'invalid_input'])
  })
})
