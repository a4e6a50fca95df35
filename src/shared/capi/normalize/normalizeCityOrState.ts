import { isJavascriptWhitespace, removeCharacters } from './javascriptWhitespace'

function isRemovedFromPlace(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x28 || // (
    code === 0x29 || // )
    code === 0x2e || // .
    code === 0x2d || // -
    isJavascriptWhitespace(code)
  )
}

/** `ct` and `st`: remove ASCII digits, whitespace, `(`, `)`, `.` and `-`. May leave the empty string. */
export function normalizeCityOrState(text: string): string {
  return removeCharacters(text, isRemovedFromPlace)
}
