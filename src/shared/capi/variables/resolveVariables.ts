/**
 * Placeholders as in respond.io's workflow step: `{{contact.first_name}}`, `{{contact.email}}`,
 * `{{contact.phone}}`, `{{workflow.<name>}}`, nested paths such as `{{contact.custom.plan}}`.
 * They are resolved from a sample contact chosen in the composer.
 */

export interface VariableSource {
  contact?: Record<string, unknown>
  workflow?: Record<string, unknown>
}

export interface VariableError {
  /** e.g. `contact.email`; the raw text for a malformed placeholder. */
  variable: string
  reason: 'no_sample' | 'unknown' | 'empty' | 'not_text' | 'unknown_namespace' | 'malformed'
  message: string
}

export interface ResolvedText {
  value: string
  /** Variables used, in order of appearance (without braces). */
  variables: string[]
  errors: VariableError[]
}

export const variableNamespaces = ['contact', 'workflow'] as const
const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g
const variableName = /^[A-Za-z_][\w-]*(\.[\w-]+)+$/

/** Placeholders the composer offers; any other key of the sample contact works as well. */
export const commonVariables = [
  'contact.first_name',
  'contact.last_name',
  'contact.email',
  'contact.phone',
  'contact.id',
  'contact.country',
  'contact.city',
] as const

export function hasVariables(text: string): boolean {
  return text.includes('{{')
}

function lookup(root: unknown, path: string[]): { found: boolean; value?: unknown } {
  let current = root
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { found: false }
    }
    current = (current as Record<string, unknown>)[segment]
  }
  return { found: true, value: current }
}

function resolveOne(name: string, source: VariableSource | undefined): string | VariableError {
  if (!variableName.test(name)) {
    return { variable: name, reason: 'malformed', message: `{{${name}}} is not a variable name.` }
  }
  const [namespace, ...path] = name.split('.')
  if (namespace !== 'contact' && namespace !== 'workflow') {
    return {
      variable: name,
      reason: 'unknown_namespace',
      message: `{{${name}}}: only {{contact.…}} and {{workflow.…}} variables exist.`,
    }
  }
  const root = source?.[namespace]
  if (root === undefined) {
    return {
      variable: name,
      reason: 'no_sample',
      message: `{{${name}}} needs a sample ${namespace === 'contact' ? 'contact' : 'workflow'}: none is chosen.`,
    }
  }
  const { found, value } = lookup(root, path)
  if (!found) {
    return {
      variable: name,
      reason: 'unknown',
      message: `{{${name}}}: the sample ${namespace} has no "${path.join('.')}".`,
    }
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return {
      variable: name,
      reason: 'empty',
      message: `{{${name}}} is empty for the sample ${namespace}.`,
    }
  }
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return {
    variable: name,
    reason: 'not_text',
    message: `{{${name}}} is not a single value (it holds a list or an object).`,
  }
}

/** Replaces every placeholder; an unresolvable one stays as written and is reported. */
export function resolveText(text: string, source: VariableSource | undefined): ResolvedText {
  const variables: string[] = []
  const errors: VariableError[] = []
  const value = text.replace(placeholder, (whole, inner: string) => {
    variables.push(inner)
    const resolved = resolveOne(inner, source)
    if (typeof resolved === 'string') return resolved
    errors.push(resolved)
    return whole
  })
  const rest = text.replace(placeholder, '')
  if (rest.includes('{{') || rest.includes('}}')) {
    errors.push({ variable: text, reason: 'malformed', message: 'Unbalanced {{ }} in the value.' })
  }
  return { value, variables, errors }
}

/** Every variable a sample offers (`contact.email`, `workflow.order_id`, nested keys flattened). */
export function listVariables(source: VariableSource): string[] {
  const names: string[] = []
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner)
    } else if (value !== null && value !== undefined && !Array.isArray(value)) {
      names.push(prefix)
    }
  }
  for (const namespace of variableNamespaces) {
    if (source[namespace] !== undefined) walk(namespace, source[namespace])
  }
  return names
}

/**
 * Reads a sample-contact file: `{ "contact": {...}, "workflow": {...} }`, or a bare contact object.
 */
export function toVariableSource(sample: unknown): VariableSource | undefined {
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return undefined
  const record = sample as Record<string, unknown>
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  if (isObject(record['contact']) || isObject(record['workflow'])) {
    const source: VariableSource = {}
    if (isObject(record['contact'])) source.contact = record['contact']
    if (isObject(record['workflow'])) source.workflow = record['workflow']
    return source
  }
  return { contact: record }
}
