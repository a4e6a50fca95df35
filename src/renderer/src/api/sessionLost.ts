/**
 * Browser mode: the server this page was opened from no longer knows the page's secret (it was
 * restarted, so it has a new one) or no longer answers. Calls fail with one of these codes.
 */
export const sessionLostCodes = ['wrong_secret', 'missing_secret', 'server_unreachable'] as const
export type SessionLostCode = (typeof sessionLostCodes)[number]

type Listener = (code: SessionLostCode) => void
const listeners = new Set<Listener>()
let lost: SessionLostCode | undefined

export function isSessionLostCode(code: string): code is SessionLostCode {
  return (sessionLostCodes as readonly string[]).includes(code)
}

export function reportSessionLost(code: SessionLostCode): void {
  lost = code
  for (const listener of listeners) listener(code)
}

/** The last lost-session code seen (undefined while everything answers). */
export function sessionLostCode(): SessionLostCode | undefined {
  return lost
}

export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
