import { AppError } from '../../shared/result'
import type { KeychainStatus, SecretStore } from './secretStore'

/**
 * An in-memory SecretStore for unit tests of callers only; the app never uses it. `unavailable`
 * makes every call fail the way a missing keychain does, so callers' error paths can be tested.
 */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>()

  constructor(private readonly unavailable?: { problem: string; fix: string }) {}

  async get(account: string): Promise<string | undefined> {
    this.assertAvailable()
    return this.entries.get(account)
  }

  async set(account: string, secret: string): Promise<void> {
    this.assertAvailable()
    this.entries.set(account, secret)
  }

  async delete(account: string): Promise<boolean> {
    this.assertAvailable()
    return this.entries.delete(account)
  }

  async status(): Promise<KeychainStatus> {
    return this.unavailable
      ? { available: false, backend: 'memory', ...this.unavailable }
      : { available: true, backend: 'memory' }
  }

  private assertAvailable(): void {
    if (this.unavailable) {
      throw new AppError(
        'keychain_unavailable',
        `${this.unavailable.problem} ${this.unavailable.fix}`,
      )
    }
  }
}
