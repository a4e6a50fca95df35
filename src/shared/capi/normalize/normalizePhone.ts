import type { FieldRuleResult } from './fieldRuleResult'
import { removeCharacters } from './javascriptWhitespace'

/** The characters the SDK removes from a (lowercased) phone number; everything else stays. */
function isIgnoredPhoneCharacter(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true // a-z
  switch (code) {
    case 0x20: // space
    case 0x22: // "
    case 0x23: // #
    case 0x27: // '
    case 0x28: // (
    case 0x29: // )
    case 0x2b: // +
    case 0x2c: // ,
    case 0x2d: // -
    case 0x3b: // ;
    case 0x3c: // <
    case 0x3e: // >
    case 0x40: // @
      return true
    default:
      return false
  }
}

/** How many of the first two characters are `0` (the SDK drops at most two leading zeros). */
function leadingZeroCount(text: string): number {
  if (text.charCodeAt(0) !== 0x30) return 0
  return text.charCodeAt(1) === 0x30 ? 2 : 1
}

function isAsciiDigitsOnly(text: string, start: number): boolean {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/**
 * The SDK's "looks international" test, on the number with up to two leading zeros dropped:
 * not starting with 0; `1` plus exactly ten ASCII digits; or, for any other first digit, only
 * ASCII digits and at least seven of them.
 */
export function looksInternational(digits: string, start: number): boolean {
  const length = digits.length - start
  const first = digits.charCodeAt(start)
  if (first === 0x30) return false
  if (first === 0x31) return length === 11 && isAsciiDigitsOnly(digits, start)
  return length >= 7 && isAsciiDigitsOnly(digits, start)
}

/** Phone with the SDK's character removal and zero stripping applied, before the length check. */
export function strippedPhone(text: string): string {
  const removed = removeCharacters(text, isIgnoredPhoneCharacter)
  const zeros = leadingZeroCount(removed)
  return looksInternational(removed, zeros) && zeros > 0 ? removed.slice(zeros) : removed
}

/** `ph`: remove punctuation and letters, drop leading zeros of international-looking numbers, 7–16 left. */
export function normalizePhone(text: string): FieldRuleResult {
  const phone = strippedPhone(text)
  if (phone.length < 7) return { reason: 'phone too short' }
  if (phone.length > 16) return { reason: 'phone too long' }
  return phone
}
