import type { FieldRuleResult } from './fieldRuleResult'
import { isJavascriptWhitespace, removeCharacters } from './javascriptWhitespace'

/** `zp`: remove whitespace, keep what precedes the first `-`, drop when under two characters. */
export function normalizeZip(text: string): FieldRuleResult {
  const compact = removeCharacters(text, isJavascriptWhitespace)
  const hyphen = compact.indexOf('-')
  const zip = hyphen < 0 ? compact : compact.slice(0, hyphen)
  return zip.length < 2 ? { reason: 'zip code shorter than 2 characters' } : zip
}
