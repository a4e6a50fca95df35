/** The customer-information keys of a Conversions API `user_data` object that the Workbench edits. */
export type CustomerField =
  'em' | 'ph' | 'fn' | 'ln' | 'ge' | 'db' | 'ct' | 'st' | 'zp' | 'country' | 'external_id'

/** Every customer field, in the order the composer and the payload list them. */
export const customerFields: readonly CustomerField[] = [
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
]

export const customerFieldLabels: Record<CustomerField, string> = {
  em: 'Email',
  ph: 'Phone',
  fn: 'First name',
  ln: 'Last name',
  ge: 'Gender',
  db: 'Date of birth',
  ct: 'City',
  st: 'State or province',
  zp: 'Zip or postal code',
  country: 'Country',
  external_id: 'External ID',
}

const fieldSet: ReadonlySet<string> = new Set(customerFields)

/** True for exactly the eleven keys above (never for `__proto__`, `fi`, `f5first`, ...). */
export function isCustomerField(key: string): key is CustomerField {
  return fieldSet.has(key)
}
