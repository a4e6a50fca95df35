/** The only shape that crosses a process boundary: a value, or an error with a stable code. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError }

export interface ResultError {
  /** Stable, machine-readable: `invalid_input`, `not_found`, `keychain_unavailable`, ... */
  code: string
  /** Plain words for a person. Never a token, never a stack trace. */
  message: string
  /** Optional field-level details (for example zod issues as `path: message`). */
  details?: string[]
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(code: string, message: string, details?: string[]): Result<T> {
  return details
    ? { ok: false, error: { code, message, details } }
    : { ok: false, error: { code, message } }
}

/**
 * Thrown by services for expected failures. The IPC dispatcher turns it into `{ ok: false }`;
 * anything else that is thrown becomes a generic `internal` error without its message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}
