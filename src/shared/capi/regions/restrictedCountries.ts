/**
 * Countries where Meta restricts messaging APIs (spec §11, [Project] set): EU 27, Iceland,
 * Liechtenstein, Norway, United Kingdom and Japan. ISO 3166-1 alpha-2 (`GB` not `UK`, `GR` not `EL`),
 * with English names and international calling codes (for the customer-phone note).
 */

export interface RestrictedCountry {
  code: string
  name: string
  /** Digits after `+`; ITU codes are prefix-free, so a number starting with them belongs here. */
  callingCode: string
  group: 'EU' | 'EEA' | 'UK' | 'Japan'
}

const rows: [string, string, string, RestrictedCountry['group']][] = [
  ['AT', 'Austria', '43', 'EU'],
  ['BE', 'Belgium', '32', 'EU'],
  ['BG', 'Bulgaria', '359', 'EU'],
  ['HR', 'Croatia', '385', 'EU'],
  ['CY', 'Cyprus', '357', 'EU'],
  ['CZ', 'Czechia', '420', 'EU'],
  ['DK', 'Denmark', '45', 'EU'],
  ['EE', 'Estonia', '372', 'EU'],
  ['FI', 'Finland', '358', 'EU'],
  ['FR', 'France', '33', 'EU'],
  ['DE', 'Germany', '49', 'EU'],
  ['GR', 'Greece', '30', 'EU'],
  ['HU', 'Hungary', '36', 'EU'],
  ['IE', 'Ireland', '353', 'EU'],
  ['IT', 'Italy', '39', 'EU'],
  ['LV', 'Latvia', '371', 'EU'],
  ['LT', 'Lithuania', '370', 'EU'],
  ['LU', 'Luxembourg', '352', 'EU'],
  ['MT', 'Malta', '356', 'EU'],
  ['NL', 'Netherlands', '31', 'EU'],
  ['PL', 'Poland', '48', 'EU'],
  ['PT', 'Portugal', '351', 'EU'],
  ['RO', 'Romania', '40', 'EU'],
  ['SK', 'Slovakia', '421', 'EU'],
  ['SI', 'Slovenia', '386', 'EU'],
  ['ES', 'Spain', '34', 'EU'],
  ['SE', 'Sweden', '46', 'EU'],
  ['NO', 'Norway', '47', 'EEA'],
  ['IS', 'Iceland', '354', 'EEA'],
  ['LI', 'Liechtenstein', '423', 'EEA'],
  ['GB', 'United Kingdom', '44', 'UK'],
  ['JP', 'Japan', '81', 'Japan'],
]

export const restrictedCountries: readonly RestrictedCountry[] = rows.map(
  ([code, name, callingCode, group]) => ({ code, name, callingCode, group }),
)

const byCode = new Map(restrictedCountries.map((country) => [country.code, country]))

/** Case-insensitive; `UK` and `EL` (common mistakes) are read as `GB` and `GR`. */
export function findRestrictedCountry(
  countryCode: string | undefined,
): RestrictedCountry | undefined {
  if (countryCode === undefined) return undefined
  const upper = countryCode.trim().toUpperCase()
  const alias = upper === 'UK' ? 'GB' : upper === 'EL' ? 'GR' : upper
  return byCode.get(alias)
}

export function isRestrictedCountry(countryCode: string | undefined): boolean {
  return findRestrictedCountry(countryCode) !== undefined
}

/**
 * The restricted country a phone number belongs to, when it is written internationally
 * (`+44…`, `0044…`) or as 11+ digits without a leading zero (how CRMs often store it).
 */
export function restrictedCountryOfPhone(phone: string): RestrictedCountry | undefined {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\D/g, '')
  let international: string
  if (trimmed.startsWith('+')) international = digits
  else if (digits.startsWith('00')) international = digits.slice(2)
  else if (!digits.startsWith('0') && digits.length >= 11 && /^[\d\s().-]+$/.test(trimmed))
    international = digits
  else return undefined
  return restrictedCountries.find((country) => international.startsWith(country.callingCode))
}
