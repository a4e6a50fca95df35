import { describe, expect, it } from 'vitest'
import { parseContactImport } from './contactImport'
import { parseCsv } from './csvRecords'

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFname,note\r\n"Silva, Maria","said ""hi""\nthen left"\r\n\r\nBob,plain\n'
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['name', 'note'] },
        { row: 2, cells: ['Silva, Maria', 'said "hi"\nthen left'] },
        { row: 5, cells: ['Bob', 'plain'] },
      ],
    })
  })

  it('names the line of a quote that is never closed', () => {
    const parsed = parseCsv('name,email\nAna,"ana@example.com\nBob,bob@example.com\n')
    expect(parsed.ok ? undefined : [parsed.row, parsed.records.length]).toEqual([2, 1])
  })
})

describe('parseContactImport (CSV)', () => {
  it('maps name, the conversation, workflow.x and nested contact fields; keeps good rows', () => {
    const csv = [
      'name,email,address.city,workflow.order_total,channel,ctwa_clid,psid',
      'Rina,rina@example.co.id,Jakarta,150000,WhatsApp,ARAk1,',
      '"Doe, Jane","jane@example.com",,"1,234.50",messenger,,123456',
      ',nobody@example.com,,,,,',
      'Too,many,values,here,x,y,z,extra',
      'Bad,x@example.com,,,telegram,,',
    ].join('\n')
    expect(parseContactImport(csv, 'people.csv')).toEqual({
      format: 'csv',
      contacts: [
        {
          name: 'Rina',
          channel: 'whatsapp',
          ctwa_clid: 'ARAk1',
          contact: { email: 'rina@example.co.id', address: { city: 'Jakarta' } },
          workflow: { order_total: '150000' },
        },
        {
          name: 'Doe, Jane',
          channel: 'messenger',
          psid: '123456',
          contact: { email: 'jane@example.com' },
          workflow: { order_total: '1,234.50' },
        },
      ],
      problems: [
        { row: 4, message: 'row 4: no name (fill the "name" column).' },
        { row: 5, message: 'row 5 has 8 values but the header names 7 columns.' },
        {
          row: 6,
          message: expect.stringMatching(/^row 6: channel: .*"whatsapp"/),
        },
      ],
    })
  })

  it('refuses a header with a blank or doubled column, and a value that is also a group', () => {
    expect(parseContactImport('name,,email,email\nA,,a,b', 'x.csv').problems).toEqual([
      { row: 1, message: 'The header row: column 2 has no name; column "email" is given twice.' },
    ])
    expect(parseContactImport('name,address,address.city\nA,Main St,Berlin').problems).toEqual([
      { row: 2, message: 'row 2: "address" is both a value and a group of nested keys.' },
    ])
  })

  it('names a contact from first and last name when there is no name column', () => {
    const parsed = parseContactImport('first_name,last_name,phone\nHans,Müller,+49 30 1234567')
    expect(parsed.contacts.map((contact) => contact.name)).toEqual(['Hans Müller'])
  })
})

describe('parseContactImport (JSON)', () => {
  it('reads one contact, a step-simulator contact file named after the file, or an array', () => {
    const stepFile = JSON.stringify({
      channel: 'instagram',
      ctwa_clid: null,
      psid: null,
      igsid: '998877',
      contact: { email: 'a@example.com' },
      workflow: {},
    })
    const array = JSON.stringify([
      { name: 'One', contact: { email: 'one@example.com' } },
      { contact: {} },
      { name: 'Three', colour: 'blue' },
      'text',
    ])
    expect({
      step: parseContactImport(stepFile, '/tmp/instagram-buyer.json'),
      array: parseContactImport(array),
    }).toEqual({
      step: {
        format: 'json',
        contacts: [
          {
            name: 'instagram-buyer',
            channel: 'instagram',
            ctwa_clid: null,
            psid: null,
            igsid: '998877',
            contact: { email: 'a@example.com' },
            workflow: {},
          },
        ],
        problems: [],
      },
      array: {
        format: 'json',
        contacts: [{ name: 'One', contact: { email: 'one@example.com' }, workflow: {} }],
        problems: [
          { row: 2, message: expect.stringMatching(/^Item 2: no "name"\. name: /) },
          { row: 3, message: 'Item 3: (top level): Unrecognized key: "colour"' },
          { row: 4, message: 'Item 4 is not a JSON object.' },
        ],
      },
    })
  })

  it('reports JSON syntax errors without quoting the text', () => {
    const parsed = parseContactImport('{"name": "EAAB-secret-token', 'c.json')
    expect([
      parsed.contacts,
      parsed.problems.length,
      JSON.stringify(parsed).includes('EAAB'),
    ]).toEqual([[], 1, false])
  })
})
