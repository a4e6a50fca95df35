import type { StoredContact } from '../../../../shared/contract/contactsChannels'
import type { WorkbenchState } from '../../state/store'

/**
 * The composer's sample contact is a stored contact (the Contacts view; `<data dir>/contacts/`),
 * chosen per tab by id. Its `contact` and `workflow` values fill `{{contact.x}}` and
 * `{{workflow.x}}` variables, like the contact fields and workflow variables respond.io's step offers.
 */
export function findSampleContact(
  state: Pick<WorkbenchState, 'contacts'>,
  id: string | undefined,
): StoredContact | undefined {
  return id === undefined ? undefined : state.contacts.find((stored) => stored.id === id)
}

/** The stored contact a preset names (by name), for a tab opened from it. */
export function findContactByName(
  state: Pick<WorkbenchState, 'contacts'>,
  name: string | undefined,
): StoredContact | undefined {
  const wanted = name?.trim().toLocaleLowerCase()
  return wanted
    ? state.contacts.find((stored) => stored.contact.name.trim().toLocaleLowerCase() === wanted)
    : undefined
}

/** The variables a person can type, for the hint under the customer section. */
export const variableExamples = [
  '{{contact.email}}',
  '{{contact.phone}}',
  '{{workflow.order_total}}',
]
