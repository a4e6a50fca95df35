/**
 * JSON.parse's reason without the stretch of input V8 quotes in it (`Unexpected token 'E',
 * "EAAB123456"... is not valid JSON`): pasted text may be a token, and errors never echo it.
 */
export function jsonSyntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/,?\s*(\.\.\.)?"[\s\S]*"(\.\.\.)?\s*is not valid JSON\s*$/, '')
}
