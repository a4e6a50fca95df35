import { describe, expect, it } from 'vitest'
import { customerFieldLabels, customerFields, isCustomerField } from './customerFields'

describe('customerFields', () => {
  it('lists the eleven keys in payload order, each with a label', () => {
    expect(customerFields.map((field) => [field, customerFieldLabels[field]])).toEqual([
      ['em', 'Email'],
      ['ph', 'Phone'],
      ['fn', 'First name'],
      ['ln', 'Last name'],
      ['ge', 'Gender'],
      ['db', 'Date of birth'],
      ['ct', 'City'],
      ['st', 'State or province'],
      ['zp', 'Zip or postal code'],
      ['country', 'Country'],
      ['external_id', 'External ID'],
    ])
  })

  it('recognises only those keys', () => {
    const keys = ['em', 'external_id', 'EM', 'fi', 'f5first', 'dobd', '__proto__', 'toString', '']
    expect(keys.filter(isCustomerField)).toEqual(['em', 'external_id'])
  })
})
