import { jsonLocations } from '../../json/jsonLocations'
import { parseJsonText } from '../../json/parseJsonText'

/** Members a raw body may carry that are credentials: removed before sending, and named. */
export const rawBodySecretKeys = ['access_token', 'appsecret_proof'] as const

export type PreparedRawBody =
  | {
      ok: true
      /** What is sent: the input byte for byte, minus the removed members. */
      text: string
      /** The same body as plain JSON (for the validator; big integers may round here, not in `text`). */
      value: Record<string, unknown>
      removed: string[]
    }
  | { ok: false; code: 'invalid_json' | 'not_an_object'; message: string; offset: number }

/**
 * A raw Meta request body as `capi send --raw` and the raw request editor send it: it must parse
 * and be a JSON object; `access_token` / `appsecret_proof` members are cut out of the text (the
 * token comes from the keychain only); every other byte is kept, so big integers and key order
 * reach Meta untouched.
 */
export function prepareRawBody(text: string): PreparedRawBody {
  const parsed = parseJsonText(text)
  if (!parsed.ok) {
    return { ok: false, code: 'invalid_json', message: parsed.message, offset: parsed.offset }
  }
  const value = parsed.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      code: 'not_an_object',
      message: 'The raw body must be a JSON object like {"data": [ ... ]}.',
      offset: text.length - text.trimStart().length,
    }
  }
  let sent = text
  const removed: string[] = []
  for (const key of rawBodySecretKeys) {
    if (!(key in value)) continue
    sent = removeTopLevelMember(sent, key)
    removed.push(key)
  }
  return { ok: true, text: sent, value: JSON.parse(sent) as Record<string, unknown>, removed }
}

/** Cuts `"key": value` and one adjoining comma out of the root object's text. */
function removeTopLevelMember(text: string, key: string): string {
  const spans = jsonLocations(text)
  const members = [...spans.entries()]
    .filter(([path, span]) => path !== '' && !path.includes('.') && span.keyFrom !== undefined)
    .map(([path, span]) => ({ path, keyFrom: span.keyFrom ?? span.from, to: span.to }))
    .sort((a, b) => a.keyFrom - b.keyFrom)
  const index = members.findIndex((member) => member.path === key)
  const member = members[index]
  if (!member) return text
  const next = members[index + 1]
  const previous = members[index - 1]
  if (next) return text.slice(0, member.keyFrom) + text.slice(next.keyFrom)
  if (previous) return text.slice(0, previous.to) + text.slice(member.to)
  return text.slice(0, member.keyFrom) + text.slice(member.to)
}
