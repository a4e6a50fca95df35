import type { StateCreator } from 'zustand'
import type {
  ContactImportResult,
  StoredContact,
} from '../../../../shared/contract/contactsChannels'
import type { WorkbenchState } from '../../state/store'

/** The renderer's cache of the stored contacts (main owns the files). */
export interface ContactsSlice {
  contacts: StoredContact[]
  contactsLoaded: boolean
  contactsError: string | undefined
  /** Files moved to contacts/.quarantine, in words (shown in the Contacts view). */
  contactNotices: string[]
  selectedContactId: string | undefined
  /** The last import's report (what was added, each row's problem), shown in the Contacts view. */
  lastContactImport: (ContactImportResult & { fileName?: string }) | undefined
  setContacts: (contacts: StoredContact[], notices?: string[]) => void
  /** Puts one saved contact into the cache at once (the listing that follows confirms it). */
  putContact: (stored: StoredContact) => void
  dropContact: (id: string) => void
  setContactsError: (message: string | undefined) => void
  selectContact: (id: string | undefined) => void
  setLastContactImport: (report: ContactsSlice['lastContactImport']) => void
}

const byName = (a: StoredContact, b: StoredContact) => a.contact.name.localeCompare(b.contact.name)

export const createContactsSlice: StateCreator<WorkbenchState, [], [], ContactsSlice> = (
  set,
  get,
) => ({
  contacts: [],
  contactsLoaded: false,
  contactsError: undefined,
  contactNotices: [],
  selectedContactId: undefined,
  lastContactImport: undefined,
  setContacts: (contacts, notices = []) =>
    set({ contacts, contactsLoaded: true, contactsError: undefined, contactNotices: notices }),
  putContact: (stored) =>
    set({
      contacts: [...get().contacts.filter((other) => other.id !== stored.id), stored].sort(byName),
    }),
  dropContact: (id) => set({ contacts: get().contacts.filter((other) => other.id !== id) }),
  setContactsError: (message) => set({ contactsError: message }),
  selectContact: (id) => set({ selectedContactId: id }),
  setLastContactImport: (report) => set({ lastContactImport: report }),
})
