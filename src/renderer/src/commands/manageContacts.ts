import { importContactsText, openContactEditor } from '../features/contacts'
import { pickTextFile } from '../ui/pickTextFile'
import type { Command } from './command'

/** Sample contacts: a new one in its editor, and an import from a JSON or CSV file. */
export const contactCommands: Command[] = [
  {
    id: 'contacts.new',
    title: 'New Contact',
    category: 'Contacts',
    run: (context) => openContactEditor(context),
  },
  {
    id: 'contacts.import',
    title: 'Import Contacts from JSON or CSV…',
    category: 'Contacts',
    run: async (context) => {
      const file = await pickTextFile('.json,.csv,text/csv,application/json')
      await importContactsText(context, file.text, file.name)
    },
  },
]
