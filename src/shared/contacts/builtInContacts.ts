import type { ContactContentInput } from './contactSchema'

/**
 * The three sample people the Workbench starts with (fake people only), written into the contacts
 * folder the first time it is created. From then on they are ordinary, editable contacts: deleting
 * one sticks, and nothing a person made is ever overwritten by them.
 */
export const builtInContacts: readonly { id: string; content: ContactContentInput }[] = [
  {
    id: 'maria-br',
    content: {
      name: 'Maria Silva (Brazil)',
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
  },
  {
    id: 'john-us',
    content: {
      name: 'John Smith (United States)',
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
  },
  {
    id: 'hans-de',
    content: {
      name: 'Hans Müller (Germany)',
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
  },
]
