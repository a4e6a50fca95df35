import { randomUUID } from 'node:crypto'
import { KeytarSecretStore } from '../../src/services/secrets/keytarSecretStore'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import type { SecretStore } from '../../src/services/secrets/secretStore'

export type TestKeychainMode = 'run' | 'skip' | 'fail'

export interface TestKeychain {
  /** `run`: keychain ready; `skip`: locally without one (reason printed); `fail`: CI without one. */
  mode: TestKeychainMode
  /** Why the keychain cannot be used, or undefined when it can. */
  reason?: string
  /** A store on a fresh service name, so runs never see each other's entries. */
  store: KeytarSecretStore
  service: string
}

const outsideWrapper =
  'not running under test/setup/withKeychain.sh (npm test does that); tests never use the real keyring.'

/**
 * Prepares a REAL keychain for tests. Writes happen only inside test/setup/withKeychain.sh
 * (CAPI_TEST_KEYCHAIN=throwaway), never in the user's own keyring. Without it: skipped locally
 * with a printed reason, a failure when CI=true.
 */
export async function prepareTestKeychain(): Promise<TestKeychain> {
  const service = `CAPI Workbench test ${randomUUID()}`
  const throwaway = process.env.CAPI_TEST_KEYCHAIN === 'throwaway'
  const store = new KeytarSecretStore({
    service,
    timeoutMilliseconds: 10_000,
    // Outside the wrapper the store refuses to load keytar, so the user's keyring stays untouched.
    ...(throwaway ? {} : { loadKeytar: () => Promise.reject(new Error(outsideWrapper)) }),
  })
  let reason: string | undefined
  if (!throwaway) {
    reason = outsideWrapper
  } else {
    const status = await store.status()
    if (!status.available) reason = `${status.problem} ${status.fix}`
  }
  const mode: TestKeychainMode = !reason ? 'run' : process.env.CI === 'true' ? 'fail' : 'skip'
  if (mode === 'skip') console.warn(`Keychain tests skipped: ${reason}`)
  return { mode, reason, store, service }
}

/**
 * A SecretStore for the composition root in tests (testDependencies): the throwaway keychain
 * under withKeychain.sh, on its own service name; elsewhere one that refuses, reporting why, so a
 * test run never reads or writes the user's own keyring.
 */
export function testSecretStore(): KeytarSecretStore {
  const service = `CAPI Workbench test ${randomUUID()}`
  if (process.env.CAPI_TEST_KEYCHAIN === 'throwaway') return new KeytarSecretStore({ service })
  return new KeytarSecretStore({
    service,
    loadKeytar: () => Promise.reject(new Error(outsideWrapper)),
  })
}

/**
 * The secret store an E2E journey runs on: the throwaway keychain under withKeychain.sh; locally
 * without one an in-memory store (with a printed warning); with CI=true and no keychain, a failure.
 */
export async function journeySecretStore(suite: string): Promise<SecretStore> {
  const keychain = await prepareTestKeychain()
  if (keychain.mode === 'fail') throw new Error(`No keychain for the E2E: ${keychain.reason}`)
  if (keychain.mode === 'run') return keychain.store
  console.warn(`${suite} E2E: in-memory secret store (no keychain).`)
  return new MemorySecretStore()
}
