import type { FieldRuleResult } from './fieldRuleResult'

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39)
}

/** Characters allowed in the part before `@` (the backtick is allowed, but never first). */
function isLocalCharacter(code: number): boolean {
  if (isAsciiAlphanumeric(code)) return true
  switch (code) {
    case 0x21: // !
    case 0x23: // #
    case 0x24: // $
    case 0x25: // %
    case 0x26: // &
    case 0x27: // '
    case 0x2a: // *
    case 0x2b: // +
    case 0x2d: // -
    case 0x2f: // /
    case 0x3d: // =
    case 0x3f: // ?
    case 0x5e: // ^
    case 0x5f: // _
    case 0x60: // `
    case 0x7b: // {
    case 0x7c: // |
    case 0x7d: // }
    case 0x7e: // ~
      return true
    default:
      return false
  }
}

const dot = 0x2e
const hyphen = 0x2d
const backtick = 0x60

/** Local part: allowed characters, single dots between them, not starting with a dot or backtick. */
function isValidLocalPart(text: string, end: number): boolean {
  if (end === 0 || end > 64) return false
  const first = text.charCodeAt(0)
  if (first === backtick || !isLocalCharacter(first)) return false
  for (let index = 1; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === dot) {
      // a dot must be followed by an allowed character (so no `..` and no trailing dot)
      if (index + 1 >= end || !isLocalCharacter(text.charCodeAt(index + 1))) return false
    } else if (!isLocalCharacter(code)) {
      return false
    }
  }
  return true
}

/**
 * Domain: letters and digits, where each may be preceded by hyphens and then at most one dot;
 * after the last dot, a top-level part of a letter and at least one more letter or digit, single
 * hyphens allowed between them. Each dot-separated part at most 63 characters.
 */
function isValidDomain(text: string, start: number): boolean {
  const end = text.length
  const lastDot = text.lastIndexOf('.')
  if (lastDot <= start) return false
  // the part before the last dot
  if (!isAsciiAlphanumeric(text.charCodeAt(start))) return false
  if (!isAsciiAlphanumeric(text.charCodeAt(lastDot - 1))) return false
  let labelStart = start
  for (let index = start + 1; index < lastDot; index++) {
    const code = text.charCodeAt(index)
    if (code === dot) {
      if (!isAsciiAlphanumeric(text.charCodeAt(index + 1))) return false
      if (index - labelStart > 63) return false
      labelStart = index + 1
    } else if (code !== hyphen && !isAsciiAlphanumeric(code)) {
      return false
    }
  }
  if (lastDot - labelStart > 63) return false
  // the top-level part
  const topStart = lastDot + 1
  if (end - topStart < 2 || end - topStart > 63) return false
  if (!isAsciiLetter(text.charCodeAt(topStart))) return false
  if (text.charCodeAt(end - 1) === hyphen) return false
  for (let index = topStart + 1; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === hyphen) {
      if (text.charCodeAt(index + 1) === hyphen) return false
    } else if (!isAsciiAlphanumeric(code)) {
      return false
    }
  }
  return true
}

/** True when `text` passes the address check of email-validator 2.0.4 (the SDK's email rule). */
export function isValidEmailAddress(text: string): boolean {
  if (text.length === 0 || text.length > 254) return false
  const at = text.indexOf('@')
  if (at < 0 || !isValidLocalPart(text, at)) return false
  return isValidDomain(text, at + 1)
}

/** `em`: the trimmed, lowercased address must be valid; nothing else changes. */
export function normalizeEmail(text: string): FieldRuleResult {
  return isValidEmailAddress(text) ? text : { reason: 'invalid email' }
}
