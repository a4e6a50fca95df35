import { describe, expect, it } from 'vitest'
import { flattenFields, unflattenFields } from './contactFields'

describe('contact fields as rows', () => {
  it('flattens nested values to dotted keys and back', () => {
    const values = {
      email: 'a@example.com',
      address: { city: 'Berlin', geo: { zip: '10115' } },
      vip: true,
    }
    const rows = flattenFields(values)
    expect([rows, unflattenFields(rows).values]).toEqual([
      [
        { key: 'email', value: 'a@example.com' },
        { key: 'address.city', value: 'Berlin' },
        { key: 'address.geo.zip', value: '10115' },
        { key: 'vip', value: 'true' },
      ],
      { email: 'a@example.com', address: { city: 'Berlin', geo: { zip: '10115' } }, vip: 'true' },
    ])
  })

  it('names the row of a bad key, a key given twice and a value that is also a group', () => {
    const result = unflattenFields([
      { key: 'first name', value: 'x' },
      { key: 'email', value: 'a' },
      { key: 'email', value: 'b' },
      { key: 'address', value: 'Main St' },
      { key: 'address.city', value: 'Berlin' },
      { key: '__proto__.polluted', value: 'yes' },
      { key: '', value: '' },
    ])
    expect([
      result.problems.map((problem) => problem.row),
      result.values,
      {}.constructor.name,
    ]).toEqual([[1, 3, 5, 6], { email: 'a', address: 'Main St' }, 'Object'])
  })
})
