import type { KeychainStatus } from '../../shared/connections/keychainStatus'

export type { KeychainStatus }

/**
 * Where access tokens live: the OS keychain, one entry per account (a connection's id) under one
 * service name for the app. Callers depend on this interface only, so keytar (archived upstream)
 * can be replaced by Electron's safeStorage or another backend without touching them.
 * Every method throws `AppError('keychain_unavailable', …)` when the keychain cannot be used;
 * there is never a file fallback.
 */
export interface SecretStore {
  get(account: string): Promise<string | undefined>
  set(account: string, secret: string): Promise<void>
  /** Returns whether an entry existed. */
  delete(account: string): Promise<boolean>
  status(): Promise<KeychainStatus>
}

/** The service name every entry of the app is filed under. */
export const secretServiceName = 'CAPI Workbench'
