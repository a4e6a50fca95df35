/**
 * True for the characters JavaScript's `String.prototype.trim` and the regex class `\s` treat as
 * whitespace: tab, LF, VT, FF, CR, space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000 and U+FEFF. (U+200B, U+200D, U+0085 and U+180E are not whitespace.)
 */
export function isJavascriptWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Returns `text` without the characters for which `remove(code)` is true; the same string when none is. */
export function removeCharacters(text: string, remove: (code: number) => boolean): string {
  const length = text.length
  let index = 0
  while (index < length && !remove(text.charCodeAt(index))) index++
  if (index === length) return text
  let kept = text.slice(0, index)
  let runStart = -1
  for (index++; index < length; index++) {
    if (remove(text.charCodeAt(index))) {
      if (runStart >= 0) {
        kept += text.slice(runStart, index)
        runStart = -1
      }
    } else if (runStart < 0) {
      runStart = index
    }
  }
  if (runStart >= 0) kept += text.slice(runStart)
  return kept
}
