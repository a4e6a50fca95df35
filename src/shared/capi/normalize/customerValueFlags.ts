import type { CustomerField } from './customerFields'
import { normalizeCustomerValue } from './normalizeCustomerValue'

/** A warning the composer shows next to a value; it never changes what is hashed. */
export interface ValueFlag {
  code: string
  message: string
}

function isEightDigitRealDate(text: string, now: Date): boolean {
  if (!/^\d{8}$/.test(text)) return false
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(4, 6))
  const day = Number(text.slice(6, 8))
  if (year < 1900 || year > now.getUTCFullYear() || month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

/** Characters that look like nothing but are not trimmed, so they change the hash. */
const invisibleCharacters = /[\u0085\u00ad\u180e\u200b-\u200d\u2060]/

function phoneFlags(raw: string, normalized: string): ValueFlag[] {
  const flags: ValueFlag[] = []
  if (!/^\d+$/.test(normalized)) {
    flags.push({
      code: 'phone_non_digits',
      message: `Characters other than digits stay in the hashed phone ("${normalized}"), so Meta can never match it. Use digits only.`,
    })
  }
  if (/\(\s*0\s*\)/.test(raw)) {
    flags.push({
      code: 'phone_trunk_zero',
      message:
        'The national trunk zero in "(0)" is kept in the hash, which is not the number Meta knows. Remove the "(0)".',
    })
  }
  const trimmed = raw.trim()
  const international = trimmed.startsWith('+') || trimmed.startsWith('00')
  const digitCount = normalized.replace(/\D/g, '').length
  if (normalized.startsWith('0') || (!international && digitCount <= 10)) {
    flags.push({
      code: 'phone_national',
      message:
        'Looks like a national number. Meta matches phones with the country code (e.g. 16505551212) and the SDK never adds one.',
    })
  }
  return flags
}

function fieldFlags(field: CustomerField, raw: string, normalized: string, now: Date): ValueFlag[] {
  switch (field) {
    case 'ph':
      return phoneFlags(raw, normalized)
    case 'db':
      return isEightDigitRealDate(normalized, now)
        ? []
        : [
            {
              code: 'date_not_yyyymmdd',
              message:
                'Meta expects the date of birth as YYYYMMDD (e.g. 19970216); any other form is hashed as typed and can never match.',
            },
          ]
    case 'ct':
    case 'st':
      return normalized === ''
        ? [
            {
              code: 'empty_after_normalization',
              message:
                'Nothing is left after removing digits, spaces and punctuation; the SHA-256 of an empty string would be sent.',
            },
          ]
        : []
    default:
      return []
  }
}

/**
 * The normalization doc's **Flag** cases for a value the SDK accepts (a rejected value has its
 * reason instead): phone not digits-only, national-looking or with a `(0)` trunk zero; date of
 * birth not a real YYYYMMDD date; empty city or state; MD5-looking pass-through; decomposed Unicode;
 * invisible characters. `now` bounds the year of a date of birth.
 */
export function customerValueFlags(
  field: CustomerField,
  raw: string,
  now: Date = new Date(),
): ValueFlag[] {
  const result = normalizeCustomerValue(field, raw)
  if (!result.ok) return []
  const flags: ValueFlag[] = []
  if (result.alreadyHashed === 'md5') {
    flags.push(
      field === 'external_id'
        ? {
            code: 'md5_pass_through',
            message:
              'This ID is 32 hex characters (e.g. a UUID without dashes), so it is taken for an MD5 digest and sent unhashed.',
          }
        : {
            code: 'md5_pass_through',
            message:
              'This looks like an MD5 digest and is sent as it is; Meta expects SHA-256 and may not match it.',
          },
    )
  } else if (!result.alreadyHashed) {
    flags.push(...fieldFlags(field, raw, result.normalized, now))
  }
  if (raw !== raw.normalize('NFC')) {
    flags.push({
      code: 'decomposed_unicode',
      message:
        'The text uses decomposed accents (e.g. e + U+0301). They are hashed as typed and will not match the usual precomposed form.',
    })
  }
  if (invisibleCharacters.test(result.normalized)) {
    flags.push({
      code: 'invisible_characters',
      message:
        'The value contains invisible characters (e.g. a zero-width space) that change the hash.',
    })
  }
  return flags
}
