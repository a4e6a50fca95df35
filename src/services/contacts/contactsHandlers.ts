import type { contactsChannels } from '../../shared/contract/contactsChannels'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import { parseContactImport } from './contactImport'
import type { ContactStore } from './contactStore'

export function createContactsHandlers(
  store: ContactStore,
): PartialHandlerTable<keyof typeof contactsChannels> {
  return {
    'contacts.list': () => store.list(),
    'contacts.get': ({ id }) => store.get(id),
    'contacts.save': (input) => store.save(input),
    'contacts.duplicate': ({ id }) => store.duplicate(id),
    'contacts.delete': ({ id }) => store.delete(id),
    'contacts.import': async ({ text, fileName }) => {
      const parsed = parseContactImport(text, fileName)
      const outcomes = await store.add(parsed.contacts)
      const problems = [...parsed.problems]
      const imported = []
      for (const outcome of outcomes) {
        if (outcome.kind === 'same') {
          problems.push({
            message: `"${outcome.stored.contact.name}" is already stored with the same values; not imported again.`,
          })
          continue
        }
        imported.push({
          id: outcome.stored.id,
          name: outcome.stored.contact.name,
          ...(outcome.renamedFrom ? { renamedFrom: outcome.renamedFrom } : {}),
        })
      }
      return { format: parsed.format, imported, problems }
    },
  }
}
