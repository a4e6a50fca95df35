import { redactToken } from '../../shared/redact'

/**
 * One log line for an unexpected handler error: its name and message through the shared redaction
 * (a library's message may quote a header or a URL), shortened; never the stack.
 */
export function describeUnexpected(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`
  return redactToken(text.replace(/\s+/g, ' ')).slice(0, 500)
}
