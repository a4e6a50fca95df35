// Baseline for `npm run bench:hash`: the `capi hash` JSON Lines contract (capi-normalization.md §6)
// done by a plain Node script with Meta's SDK (facebook-nodejs-business-sdk), so the benchmark
// can compare whole-process times and check that both outputs are byte-identical.
//
// Each value goes once through the SDK's own steps, the ones ServerSideUtils.normalizeAndHash
// runs (trim, lowercase, hex pass-through, the field's normalizeX, toSHA256), because the
// contract needs the normalized string as well as the hash and normalizeAndHash returns only
// the hash. Usage: node scripts/bench/sdkHashBaseline.mjs < in.jsonl > out.jsonl
import { createRequire } from 'node:module'
import { StringDecoder } from 'node:string_decoder'

const require = createRequire(import.meta.url)
const { ServerSideUtils } = require('facebook-nodejs-business-sdk')

const fields = new Set([
  'em',
  'ph',
  'fn',
  'ln',
  'ge',
  'db',
  'ct',
  'st',
  'zp',
  'country',
  'external_id',
])
const normalizers = {
  em: (text) => ServerSideUtils.normalizeEmail(text),
  ph: (text) => ServerSideUtils.normalizePhone(text),
  ge: (text) => ServerSideUtils.normalizeGender(text),
  ct: (text) => ServerSideUtils.normalizeCity(text),
  st: (text) => ServerSideUtils.normalizeState(text),
  zp: (text) => ServerSideUtils.normalizeZip(text),
  country: (text) => ServerSideUtils.normalizeCountry(text),
}
const reasons = {
  em: 'invalid email',
  ge: 'gender must be f, m, female or male',
  zp: 'zip code shorter than 2 characters',
  country: 'not an ISO 3166-1 alpha-2 country code',
}

function phoneReason(error) {
  // The SDK's message quotes the number after its own stripping.
  const stripped = /number:'(.*)'\.Please/s.exec(error.message)?.[1] ?? ''
  return stripped.length < 7 ? 'phone too short' : 'phone too long'
}

function answer(line) {
  let parsed
  try {
    parsed = JSON.parse(line)
  } catch {
    return { field: null, value: null, error: 'line is not valid JSON' }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { field: null, value: null, error: 'line is not a JSON object' }
  }
  const field = parsed.field === undefined ? null : parsed.field
  const value = parsed.value === undefined ? null : parsed.value
  if (typeof field !== 'string' || !fields.has(field))
    return { field, value, error: 'unknown field' }
  if (typeof value !== 'string') return { field, value, error: 'value must be a string' }
  const text = value.trim().toLowerCase()
  if (text.length === 0) return { field, value, error: 'empty after trimming' }
  if (/^[a-f0-9]{64}$/.test(text) || /^[a-f0-9]{32}$/.test(text)) {
    return { field, value, normalized: text, hash: text }
  }
  let normalized
  try {
    normalized = normalizers[field] ? normalizers[field](text) : text
  } catch (error) {
    return { field, value, error: field === 'ph' ? phoneReason(error) : reasons[field] }
  }
  if (normalized == null) return { field, value, error: reasons[field] }
  return { field, value, normalized, hash: ServerSideUtils.toSHA256(normalized) }
}

const decoder = new StringDecoder('utf8')
let carry = ''
let output = ''

function flush(force) {
  if (output.length > 65536 || (force && output.length > 0)) {
    process.stdout.write(output)
    output = ''
  }
}

function hashLines(text) {
  let start = 0
  let end = text.indexOf('\n')
  while (end >= 0) {
    output += JSON.stringify(answer(text.slice(start, end))) + '\n'
    flush(false)
    start = end + 1
    end = text.indexOf('\n', start)
  }
  return text.slice(start)
}

for await (const chunk of process.stdin) carry = hashLines(carry + decoder.write(chunk))
carry += decoder.end()
if (carry.length > 0) output += JSON.stringify(answer(carry)) + '\n'
flush(true)
