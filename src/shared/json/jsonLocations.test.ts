import { describe, expect, it } from 'vitest'
import { prepareRawBody } from '../capi/request/prepareRawBody'
import { jsonLocations, lineColumn, locatePath } from './jsonLocations'
import { parseJsonText, reformatJson } from './parseJsonText'

const text = `{
  "data": [
    { "event_name": "Purchase", "user_data": { "em": ["a", "b"] } }
  ],
  "test_event_code": "TEST1"
}`

describe('jsonLocations', () => {
  it('maps validator paths to the text of their values, and missing paths to their parent', () => {
    const spans = jsonLocations(text)
    const slice = (path: string) => {
      const span = locatePath(spans, path)
      return span ? text.slice(span.from, span.to) : undefined
    }
    expect({
      name: slice('data.0.event_name'),
      second: slice('data.0.user_data.em.1'),
      code: slice('test_event_code'),
      missing: slice('data.0.user_data.ctwa_clid'),
      where: lineColumn(text, locatePath(spans, 'data.0.event_name')?.from ?? 0),
    }).toEqual({
      name: '"Purchase"',
      second: '"b"',
      code: '"TEST1"',
      missing: '{ "em": ["a", "b"] }',
      where: { line: 3, column: 21 },
    })
  })
})

describe('prepareRawBody', () => {
  it('removes a credential member in any position, keeping every other byte', () => {
    const cases = [
      '{"access_token":"T","data":[]}',
      '{"data": [], "access_token": "T"}',
      '{ "access_token" : "T" }',
      '{"data":[1e400, 12345678901234567890],\n "access_token":"T",\n "x":1}',
    ].map((input) => {
      const prepared = prepareRawBody(input)
      return prepared.ok ? prepared.text : prepared.message
    })
    expect(cases).toEqual([
      '{"data":[]}',
      '{"data": []}',
      '{  }',
      '{"data":[1e400, 12345678901234567890],\n "x":1}',
    ])
  })

  it('says where the JSON breaks, and refuses arrays and scalars', () => {
    const broken = prepareRawBody('{"data": [}')
    const array = prepareRawBody('  [1]')
    expect([broken.ok, !broken.ok && broken.offset, array.ok, !array.ok && array.code]).toEqual([
      false,
      10,
      false,
      'not_an_object',
    ])
  })
})

describe('reformatJson', () => {
  it('formats and minifies without changing a number’s digits', () => {
    const source = '{"data":[{"value":1.50,"id":12345678901234567890}]}'
    const formatted = reformatJson(source, 2)
    expect({
      formatted,
      minified: reformatJson(formatted ?? '', 0),
      broken: reformatJson('{', 2),
      parseError: parseJsonText('{"a":}').ok,
    }).toEqual({
      formatted:
        '{\n  "data": [\n    {\n      "value": 1.50,\n      "id": 12345678901234567890\n    }\n  ]\n}',
      minified: source,
      broken: undefined,
      parseError: false,
    })
  })
})
