import { describe, expect, it } from 'vitest'
import { diffRows, groupRows, summaryLine } from './diffRows'

const emailHash = '836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f'
const otherHash = 'a'.repeat(64)

function body(eventName: string, extra = ''): string {
  return `{"data":[{"event_name":"${eventName}","event_time":1764680000,"user_data":{"em":["${emailHash}"],"page_id":123456789012345678901}${extra}}],"test_event_code":"TEST1"}`
}

describe('diffRows', () => {
  it('names each changed, added and removed leaf, with both values, and keeps unchanged rows', () => {
    const diff = diffRows(
      body('Purchase', ',"custom_data":{"currency":"USD"}'),
      body('Lead').replace('"test_event_code":"TEST1"', '"partner_agent":"x"'),
    )
    expect({
      differences: diff.differences,
      rows: diff.rows.map((row) => [row.path, row.kind, row.left?.text, row.right?.text]),
    }).toEqual({
      differences: [
        { path: 'data[0].event_name', kind: 'changed' },
        { path: 'data[0].custom_data', kind: 'removed' },
        { path: 'test_event_code', kind: 'removed' },
        { path: 'partner_agent', kind: 'added' },
      ],
      rows: [
        ['data[0].event_name', 'changed', '"Purchase"', '"Lead"'],
        ['data[0].event_time', 'unchanged', '1764680000', '1764680000'],
        ['data[0].user_data.em[0]', 'unchanged', `"${emailHash}"`, `"${emailHash}"`],
        [
          'data[0].user_data.page_id',
          'unchanged',
          '123456789012345678901',
          '123456789012345678901',
        ],
        ['data[0].custom_data.currency', 'removed', '"USD"', undefined],
        ['test_event_code', 'removed', '"TEST1"', undefined],
        ['partner_agent', 'added', undefined, '"x"'],
      ],
    })
  })

  it('compares big integers by their digits: one apart in the 21st digit is a difference', () => {
    const left = '{"id": 123456789012345678901, "value": 49.90}'
    const right = '{"id": 123456789012345678902, "value": 49.9}'
    // JSON.parse would make both ids the same float; the digits differ. 49.90 and 49.9 are the same
    // number to Meta, and so are 1.0 and 1: not a difference.
    expect(JSON.parse(left).id === JSON.parse(right).id).toBe(true)
    expect(diffRows(left, right).differences).toEqual([{ path: 'id', kind: 'changed' }])
    expect(diffRows('{"value": 1.0}', '{"value": 1}').differences).toEqual([])
    expect(diffRows('{"value": 49.9}', '{"value": 49.95}').differences).toEqual([
      { path: 'value', kind: 'changed' },
    ])
  })

  it('a number is not the string of the same digits', () => {
    expect(diffRows('{"value": 10}', '{"value": "10"}').differences).toEqual([
      { path: 'value', kind: 'changed' },
    ])
  })

  it('shows a hash with its normalized value where the lookup knows it', () => {
    const lookup = (hash: string) => (hash === emailHash ? 'john_smith@gmail.com' : undefined)
    const diff = diffRows(`{"em": ["${emailHash}"]}`, `{"em": ["${otherHash}"]}`, lookup)
    expect(diff.rows.map((row) => [row.kind, row.left?.hash, row.right?.hash])).toEqual([
      ['removed', { normalized: 'john_smith@gmail.com' }, undefined],
      ['added', undefined, {}],
    ])
  })

  it('matches array items by value: one inserted hash is one addition, not a shifted list', () => {
    const diff = diffRows('{"ph": ["a", "c"]}', '{"ph": ["a", "b", "c"]}')
    expect(diff.rows.map((row) => [row.path, row.kind])).toEqual([
      ['ph[0]', 'unchanged'],
      ['ph[1]', 'added'],
      // Paths name the right side's index once the lists differ.
      ['ph[2]', 'unchanged'],
    ])
  })

  it('reports a side that is not JSON and compares it as absent', () => {
    const diff = diffRows('{"a": 1', '{"a": 1}')
    expect({
      error: diff.leftError !== undefined,
      differences: diff.differences,
    }).toEqual({ error: true, differences: [{ path: '', kind: 'added' }] })
  })

  it('two equal bodies: no differences, every row unchanged', () => {
    const diff = diffRows(body('Purchase'), body('Purchase'))
    expect({
      summary: summaryLine(diff.differences),
      kinds: [...new Set(diff.rows.map((row) => row.kind))],
    }).toEqual({ summary: 'No differences', kinds: ['unchanged'] })
  })
})

describe('summaryLine and groupRows', () => {
  it('counts the differences and names the first three', () => {
    expect(
      summaryLine([
        { path: 'a', kind: 'changed' },
        { path: 'b', kind: 'added' },
        { path: 'c', kind: 'removed' },
        { path: 'd', kind: 'changed' },
      ]),
    ).toBe('4 differences: a changed, b only on the right, c only on the left, and 1 more')
  })

  it('folds runs of unchanged rows between differences', () => {
    const diff = diffRows('{"a":1,"b":2,"c":3,"d":4}', '{"a":1,"b":2,"c":30,"d":4}')
    expect(groupRows(diff.rows).map((group) => [group.kind, group.rows.length])).toEqual([
      ['unchanged', 2],
      ['rows', 1],
      ['unchanged', 1],
    ])
  })
})
