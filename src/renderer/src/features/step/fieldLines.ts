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

export function formatFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('\n')
}
