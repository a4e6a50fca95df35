import type { FieldRuleResult } from './fieldRuleResult'
import { removeCharacters } from './javascriptWhitespace'

function isNotAsciiLowercaseLetter(code: number): boolean {
  return code < 0x61 || code > 0x7a
}

/** `ge`: keep only a–z; `f`/`female` become `f`, `m`/`male` become `m`; anything else is dropped. */
export function normalizeGender(text: string): FieldRuleResult {
  switch (removeCharacters(text, isNotAsciiLowercaseLetter)) {
    case 'f':
    case 'female':
      return 'f'
    case 'm':
    case 'male':
      return 'm'
    default:
      return { reason: 'gender must be f, m, female or male' }
  }
}
