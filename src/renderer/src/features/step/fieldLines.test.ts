import { describe, expect, it } from 'vitest'
import { formatFields, parseFields } from './fieldLines'

describe('contact field lines', () => {
  it('reads name: value lines, keeps colons in values, skips blank and nameless lines', () => {
    expect(
      parseFields(
        'email: rina@example.co.id\r\nnote: a: b\n\n: orphan\nno colon\n phone :  +62 812 \n__proto__: x',
      ),
    ).toEqual({ email: 'rina@example.co.id', note: 'a: b', phone: '+62 812' })
  })

  it('writes what it reads back', () => {
    const fields = { email: 'rina@example.co.id', order_total: '150000' }
    expect(parseFields(formatFields(fields))).toEqual(fields)
  })
})
