/**
 * Sample contacts for `{{contact.x}}` and `{{workflow.x}}` variables, like the contact fields and
 * workflow variables respond.io's step offers. Fake people only.
 */
export interface SampleContact {
  id: string
  label: string
  contact: Record<string, string>
  workflow: Record<string, string>
}

export const sampleContacts: readonly SampleContact[] = [
  {
    id: 'maria-br',
    label: 'Maria Silva (Brazil)',
    contact: {
      first_name: 'Maria',
      last_name: 'Silva',
      email: 'Maria.Silva@example.com',
      phone: '+55 11 91234-5678',
      city: 'São Paulo',
      country: 'BR',
      gender: 'female',
    },
    workflow: { order_id: '10042', order_total: '249.90', currency: 'BRL' },
  },
  {
    id: 'john-us',
    label: 'John Smith (United States)',
    contact: {
      first_name: 'John',
      last_name: 'Smith',
      email: 'John_Smith@gmail.com',
      phone: '+1 (650) 555-1212',
      city: 'Menlo Park',
      state: 'CA',
      zip: '94025',
      country: 'US',
    },
    workflow: { order_id: '20077', order_total: '49.90', currency: 'USD' },
  },
  {
    id: 'hans-de',
    label: 'Hans Müller (Germany)',
    contact: {
      first_name: 'Hans',
      last_name: 'Müller',
      email: 'hans.mueller@example.de',
      phone: '+49 30 1234567',
      city: 'Berlin',
      country: 'DE',
    },
    workflow: { order_id: '30001', order_total: '89.00', currency: 'EUR' },
  },
]

export function findSampleContact(id: string | undefined): SampleContact | undefined {
  return sampleContacts.find((sample) => sample.id === id)
}

/** The variables a person can type, for the hint under the customer section. */
export const variableExamples = [
  '{{contact.email}}',
  '{{contact.phone}}',
  '{{workflow.order_total}}',
]
