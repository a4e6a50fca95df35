import { describe, expect, it } from 'vitest'
import { listVariables, resolveText, toVariableSource } from './resolveVariables'

const sample = {
  contact: {
    first_name: 'Ana',
    email: 'ana@example.com',
    phone: '+55 11 91234-5678',
    id: 42,
    city: '',
    custom: { plan: 'gold' },
  },
  workflow: { order_id: 'A-1' },
}

describe('resolveText', () => {
  it('replaces contact and workflow variables and says which were used', () => {
    expect(
      resolveText(
        '{{contact.first_name}} / {{ workflow.order_id }} #{{contact.id}} {{contact.custom.plan}}',
        sample,
      ),
    ).toEqual({
      value: 'Ana / A-1 #42 gold',
      variables: ['contact.first_name', 'workflow.order_id', 'contact.id', 'contact.custom.plan'],
      errors: [],
    })
  })

  it('leaves plain text alone', () => {
    expect(resolveText('john@example.com', undefined)).toEqual({
      value: 'john@example.com',
      variables: [],
      errors: [],
    })
  })

  it('reports unknown, empty, non-text and namespace errors and keeps the placeholder', () => {
    const result = resolveText(
      '{{contact.nickname}}{{contact.city}}{{contact.custom}}{{user.email}}',
      sample,
    )
    expect([result.value, result.errors.map((e) => e.reason)]).toEqual([
      '{{contact.nickname}}{{contact.city}}{{contact.custom}}{{user.email}}',
      ['unknown', 'empty', 'not_text', 'unknown_namespace'],
    ])
  })

  it('reports a missing sample and unbalanced braces', () => {
    expect([
      resolveText('{{contact.email}}', undefined).errors.map((e) => e.message),
      resolveText('{{contact.email', sample).errors.map((e) => e.reason),
    ]).toEqual([['{{contact.email}} needs a sample contact: none is chosen.'], ['malformed']])
  })
})

describe('sample sources', () => {
  it('lists every variable a sample offers', () => {
    expect(listVariables(sample)).toEqual([
      'contact.first_name',
      'contact.email',
      'contact.phone',
      'contact.id',
      'contact.city',
      'contact.custom.plan',
      'workflow.order_id',
    ])
  })

  it('reads a bare contact object as the contact', () => {
    expect([
      toVariableSource({ email: 'x@y.co' }),
      toVariableSource(sample),
      toVariableSource(3),
    ]).toEqual([{ contact: { email: 'x@y.co' } }, sample, undefined])
  })
})
