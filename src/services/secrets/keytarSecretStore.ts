import { AppError } from '../../shared/result'
import { describeKeychainFailure, keychainUnavailableError } from './keychainFailure'
import { type KeychainStatus, type SecretStore, secretServiceName } from './secretStore'

/** The part of keytar's API this store uses. */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export interface KeytarSecretStoreOptions {
  service?: string
  platform?: NodeJS.Platform
  /** How long to wait for the keychain before calling it unavailable (a hidden unlock prompt). */
  timeoutMilliseconds?: number
  /** Loads keytar; injected in tests to simulate a missing native module. */
  loadKeytar?: () => Promise<KeytarModule>
}

async function importKeytar(): Promise<KeytarModule> {
  const loaded = (await import('keytar')) as unknown as { default?: KeytarModule } & KeytarModule
  return loaded.default ?? loaded
}

const probeAccount = 'keychain-probe'

const backendNames: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'macOS Keychain',
  win32: 'Windows Credential Manager',
  linux: 'Secret Service (libsecret)',
}

/**
 * The OS keychain through keytar: macOS Keychain, Windows Credential Manager, or the Secret
 * Service on Linux (gnome-keyring, KWallet). keytar is archived upstream; it is kept behind
 * SecretStore so Electron's safeStorage can replace it. Every failure becomes
 * `AppError('keychain_unavailable')` with what is missing and how to fix it.
 */
export class KeytarSecretStore implements SecretStore {
  private readonly service: string
  private readonly platform: NodeJS.Platform
  private readonly timeoutMilliseconds: number
  private readonly loadKeytar: () => Promise<KeytarModule>
  private keytar: Promise<KeytarModule> | undefined

  constructor(options: KeytarSecretStoreOptions = {}) {
    this.service = options.service ?? secretServiceName
    this.platform = options.platform ?? process.platform
    this.timeoutMilliseconds = options.timeoutMilliseconds ?? 15_000
    this.loadKeytar = options.loadKeytar ?? importKeytar
  }

  async get(account: string): Promise<string | undefined> {
    checkAccount(account)
    const value = await this.call((keytar) => keytar.getPassword(this.service, account))
    return value ?? undefined
  }

  async set(account: string, secret: string): Promise<void> {
    checkAccount(account)
    if (secret === '') throw new AppError('invalid_input', 'An empty secret cannot be stored.')
    await this.call((keytar) => keytar.setPassword(this.service, account, secret))
  }

  async delete(account: string): Promise<boolean> {
    checkAccount(account)
    return this.call((keytar) => keytar.deletePassword(this.service, account))
  }

  /**
   * Probes the keychain by writing and deleting a harmless entry: a lookup alone succeeds on Linux
   * even when no keyring can be written to.
   */
  async status(): Promise<KeychainStatus> {
    const backend = backendNames[this.platform] ?? `keytar on ${this.platform}`
    try {
      await this.callRaw(async (keytar) => {
        await keytar.setPassword(this.service, probeAccount, 'probe')
        await keytar.deletePassword(this.service, probeAccount)
      })
      return { available: true, backend }
    } catch (error) {
      const failure = describeKeychainFailure(error, this.platform)
      return { available: false, backend, problem: failure.problem, fix: failure.fix }
    }
  }

  private async call<T>(operation: (keytar: KeytarModule) => Promise<T>): Promise<T> {
    try {
      return await this.callRaw(operation)
    } catch (error) {
      throw keychainUnavailableError(describeKeychainFailure(error, this.platform))
    }
  }

  private async callRaw<T>(operation: (keytar: KeytarModule) => Promise<T>): Promise<T> {
    this.keytar ??= this.loadKeytar().catch((error: unknown) => {
      // A failed load is retried next time (the user may have fixed the installation).
      this.keytar = undefined
      throw error
    })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`The keychain did not answer within ${this.timeoutMilliseconds / 1000} s.`),
          ),
        this.timeoutMilliseconds,
      )
    })
    try {
      return await Promise.race([this.keytar.then(operation), timeout])
    } finally {
      clearTimeout(timer)
    }
  }
}

function checkAccount(account: string): void {
  if (account.trim() === '') throw new AppError('invalid_input', 'A keychain entry needs a name.')
}
