import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { ensureContactSync, openContactEditor } from '../contacts'
import { findSampleContact } from './sampleContacts'

/** The tab's sample contact, chosen from the stored contacts (the Contacts view), and a way to edit it. */
export function SampleContactPicker({ tabId }: { tabId: string }) {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const contacts = useWorkbenchStore((state) => state.contacts)
  const sampleContactId = useWorkbenchStore((state) => state.composerTabs[tabId]?.sampleContactId)
  const setSampleContact = useWorkbenchStore((state) => state.setSampleContact)
  const chosen = useWorkbenchStore((state) => findSampleContact(state, sampleContactId))
  const loaded = useWorkbenchStore((state) => state.contactsLoaded)
  useEffect(() => ensureContactSync(context), [])
  return (
    <div className="field">
      <label className="field-label" htmlFor={`sample-${tabId}`}>
        Sample contact
      </label>
      <div className="sample-contact-row">
        <select
          id={`sample-${tabId}`}
          value={sampleContactId ?? ''}
          onChange={(event) => setSampleContact(tabId, event.target.value || undefined)}
        >
          <option value="">None (variables stay unresolved)</option>
          {contacts.map((stored) => (
            <option key={stored.id} value={stored.id}>
              {stored.contact.name}
            </option>
          ))}
          {sampleContactId && loaded && !chosen ? (
            <option value={sampleContactId}>{sampleContactId} (no longer stored)</option>
          ) : null}
        </select>
        <Button
          variant="secondary"
          className="button-small"
          icon={chosen ? 'edit' : 'add'}
          title={chosen ? `Edit ${chosen.contact.name} in the contact editor` : 'Create a contact'}
          onClick={() => openContactEditor(context, chosen)}
        >
          {chosen ? 'Edit contact' : 'New contact'}
        </Button>
      </div>
    </div>
  )
}
