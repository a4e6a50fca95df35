import { flattenFields, unflattenFields } from '../../../../shared/contacts/contactFields'

/** `name: value` lines ⇄ a flat record of contact fields or workflow variables. */
export function parseFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim()
    if (name === '' || name === '__proto__') continue
    fields[name] = line.slice(colon + 1).trim()
  }
  return fields
}

/** Nested values as dotted names (`address.city: Berlin`), as `{{contact.address.city}}` reads them. */
export function formatFields(fields: Record<string, unknown>): string {
  return flattenFields(fields)
    .map(({ key, value }) => `${key}: ${value}`)
    .join('\n')
}

/** The lines as nested values: `address.city: Berlin` → `{ address: { city: 'Berlin' } }`. */
export function parseNestedFields(text: string): Record<string, unknown> {
  const rows = Object.entries(parseFields(text)).map(([key, value]) => ({ key, value }))
  return unflattenFields(rows).values
}
