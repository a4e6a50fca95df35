import { useEffect } from 'react'
import { fromStepContact, toStepContact } from '../../../../shared/contacts/contactSchema'
import type { StepContact } from '../../../../shared/step'
import { useApi } from '../../api/ApiContext'
import { askText } from '../../state/inputSlice'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { ensureContactSync } from '../contacts'

/**
 * A stored contact (Contacts view) for the step: picking one fills the channel, its IDs, the
 * fields and the workflow values; "Save as contact…" keeps the inline contact as a stored one.
 */
export function StepStoredContact({
  tabId,
  onPicked,
}: {
  tabId: string
  onPicked: (contact: StepContact) => void
}) {
  const api = useApi()
  const contacts = useWorkbenchStore((state) => state.contacts)
  const update = useWorkbenchStore((state) => state.updateStepContact)
  const selectId = `step-${tabId}-stored`.replace(/[^A-Za-z0-9_-]/g, '-')
  useEffect(() => ensureContactSync({ store: useWorkbenchStore, api }), [])
  async function saveAsContact(): Promise<void> {
    const store = useWorkbenchStore
    const current = store.getState().stepTabs[tabId]?.contact
    if (!current) return
    const first = current.contact?.first_name
    const name = await askText(store, {
      title: 'Save as contact',
      prompt: 'Name of the stored contact',
      value: typeof first === 'string' && first !== '' ? first : 'Step contact',
      validate: (value) => (value.trim() === '' ? 'A contact needs a name.' : undefined),
    })
    if (name === undefined) return
    const result = await api['contacts.save']({ content: fromStepContact(current, name.trim()) })
    const state = store.getState()
    if (!result.ok) {
      state.notify({
        level: 'error',
        message: 'The contact was not saved.',
        detail: result.error.message,
      })
      return
    }
    state.putContact(result.value)
    state.notify({ level: 'success', message: `Saved contact "${result.value.contact.name}".` })
  }
  return (
    <div className="field">
      <label className="field-label" htmlFor={selectId}>
        Stored contact
      </label>
      <div className="sample-contact-row">
        <select
          id={selectId}
          value=""
          onChange={(event) => {
            const stored = contacts.find((contact) => contact.id === event.target.value)
            if (!stored) return
            const picked = toStepContact(stored.contact)
            update(tabId, () => picked)
            onPicked(picked)
          }}
        >
          <option value="">Fill from a stored contact…</option>
          {contacts.map((stored) => (
            <option key={stored.id} value={stored.id}>
              {stored.contact.name}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          className="button-small"
          icon="save"
          onClick={() => void saveAsContact()}
        >
          Save as contact…
        </Button>
      </div>
    </div>
  )
}
