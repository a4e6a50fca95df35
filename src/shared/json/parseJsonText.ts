import { parse, stringify } from 'lossless-json'

export type ParsedJsonText =
  { ok: true; value: unknown } | { ok: false; message: string; offset: number }

/**
 * Parses JSON text without losing a digit (lossless-json keeps numbers as their text), or says
 * where it breaks. The message names at most one character of the input, never a stretch of it
 * (pasted text may hold a token).
 */
export function parseJsonText(text: string): ParsedJsonText {
  try {
    return { ok: true, value: parse(text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const match = /at position (\d+)/.exec(message)
    const offset = match ? Number(match[1]) : 0
    return {
      ok: false,
      message: message.replace(/\s*at position \d+\s*$/, ''),
      offset: Math.min(offset, text.length),
    }
  }
}

/**
 * Re-indents JSON text (2 spaces) or minifies it (`indent` 0). Numbers keep their exact text
 * (`12345678901234567890`, `1.50`), keys their order. Returns undefined for text that does not parse.
 */
export function reformatJson(text: string, indent: 0 | 2): string | undefined {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return undefined
  return stringify(parsed.value, undefined, indent === 0 ? undefined : indent) ?? undefined
}
