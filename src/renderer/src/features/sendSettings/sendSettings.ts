/** Per-tab send settings as typed: extra request headers (`name: value` lines) and the timeout. */
export interface SendSettings {
  headersText: string
  /** Seconds as typed; empty = the settings' default. */
  timeoutText: string
}

export const emptySendSettings: SendSettings = { headersText: '', timeoutText: '' }
