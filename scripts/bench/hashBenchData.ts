import type { CustomerField } from '../../src/shared/capi/normalize'
import { customerFields } from '../../src/shared/capi/normalize'
import { customerValueCorpus } from '../../test/fixtures/hashing/customerValueCorpus'
import { type SeededRandom, seededRandom } from '../../test/support/seededRandom'

const firstNames = ['John', 'Mary', 'José', 'Zoë', 'İlkay', 'Ωmega', '정', 'Ahmed', 'Siobhán', 'Li']
const lastNames = [
  'Smith',
  "O'Brien",
  'García',
  'Müller',
  'Yılmaz',
  '山田',
  'Nguyen',
  'van der Berg',
]
const domains = ['gmail.com', 'example.com', 'yahoo.co.uk', 'mail.de', 'outlook.com']
const cities = ['Paris', 'New York', 'St. Louis', 'São Paulo', 'Zürich', 'Berlin', 'Tokyo', 'Lagos']
const states = ['CA', 'NY', 'California', 'Île-de-France', 'Bavaria', 'N.Y.']
const countries = ['US', 'gb', 'DE', 'fr', 'BR', 'jp', 'NG', 'IN']
const genders = ['f', 'm', 'Female', 'MALE', ' M. ']

function digits(random: SeededRandom, count: number): string {
  let text = ''
  for (let index = 0; index < count; index++) text += random.below(10)
  return text
}

/** One customer as a support engineer would type it: mostly valid, with the usual noise. */
export function realisticCustomer(random: SeededRandom): Record<CustomerField, string> {
  const first = random.pick(firstNames)
  const last = random.pick(lastNames)
  return {
    em: ` ${first.replace(/[^A-Za-z]/g, 'x')}.${digits(random, 3)}@${random.pick(domains)}`,
    ph: random.pick([
      `+1 (${digits(random, 3)}) ${digits(random, 3)}-${digits(random, 4)}`,
      `+44 20 ${digits(random, 4)} ${digits(random, 4)}`,
      `0049 30 ${digits(random, 6)}`,
      `+55 11 9${digits(random, 4)}-${digits(random, 4)}`,
    ]),
    fn: first,
    ln: last,
    ge: random.pick(genders),
    db: random.pick([
      `19${digits(random, 2)}0${1 + random.below(9)}1${random.below(10)}`,
      '2/16/1997',
    ]),
    ct: random.pick(cities),
    st: random.pick(states),
    zp: random.pick([digits(random, 5), `${digits(random, 5)}-${digits(random, 4)}`, 'SW1A 1AA']),
    country: random.pick(countries),
    external_id: `user_${digits(random, 8)}`,
  }
}

export function realisticCustomers(count: number, seed: number): Record<CustomerField, string>[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => realisticCustomer(random))
}

/**
 * `lineCount` JSON lines for `capi hash`: fields of realistic customers in turn, with one line in
 * twenty taken from the tricky differential-test corpus (Unicode, blanks, digests, bad values).
 */
export function benchLines(lineCount: number, seed: number): string[] {
  const random = seededRandom(seed)
  const tricky = customerFields.map((field, index) => customerValueCorpus(field, 500, seed + index))
  const lines: string[] = []
  let customer = realisticCustomer(random)
  for (let index = 0; index < lineCount; index++) {
    const fieldIndex = index % customerFields.length
    const field = customerFields[fieldIndex]!
    if (fieldIndex === 0) customer = realisticCustomer(random)
    const value = random.chance(0.05) ? random.pick(tricky[fieldIndex]!) : customer[field]
    lines.push(JSON.stringify({ field, value }))
  }
  return lines
}
