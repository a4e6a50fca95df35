import { z } from 'zod'

/** Whether the OS keychain can be used right now, and if not, what is missing and how to fix it. */
export const KeychainStatus = z.object({
  available: z.boolean(),
  /** Which keychain is behind the store, e.g. `Secret Service (libsecret)`. */
  backend: z.string(),
  /** Set when unavailable: what is missing, in plain words. */
  problem: z.string().optional(),
  /** Set when unavailable: what to do about it. */
  fix: z.string().optional(),
})
export type KeychainStatus = z.infer<typeof KeychainStatus>
