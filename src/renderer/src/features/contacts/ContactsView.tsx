import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { EmptyState } from '../../ui/EmptyState'
import { ContactImportReport } from './ContactImportReport'
import {
  duplicateContact,
  ensureContactSync,
  importContactsText,
  openContactEditor,
  refreshContacts,
} from './contactActions'
import '../connections/connections.css'
import './contacts.css'

/** The Contacts side bar view: sample contacts for `{{contact.*}}` / `{{workflow.*}}` variables. */
export function ContactsView() {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const contacts = useWorkbenchStore((state) => state.contacts)
  const error = useWorkbenchStore((state) => state.contactsError)
  const notices = useWorkbenchStore((state) => state.contactNotices)
  const selected = useWorkbenchStore((state) => state.selectedContactId)
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    ensureContactSync(context)
    void refreshContacts(context)
  }, [])
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(listRef.current?.querySelectorAll('.contact-open') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    ;(buttons[index + (event.key === 'ArrowDown' ? 1 : -1)] as HTMLElement | undefined)?.focus()
    event.preventDefault()
  }
  return (
    <div className="contacts">
      <div className="connections-toolbar">
        <Button
          variant="secondary"
          className="button-small"
          icon="add"
          onClick={() => openContactEditor(context)}
        >
          New contact
        </Button>
        <span className="contacts-toolbar-right">
          <label
            className="button button-icon contacts-import"
            title="Import contacts from a JSON or CSV file"
          >
            <Codicon name="cloud-upload" label="Import contacts from JSON or CSV" />
            <input
              type="file"
              accept=".json,.csv,text/csv,application/json"
              onChange={async (event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) await importContactsText(context, await file.text(), file.name)
              }}
            />
          </label>
          <Button
            variant="icon"
            icon="refresh"
            aria-label="Reload contacts"
            title="Reload contacts"
            onClick={() => void refreshContacts(context)}
          />
        </span>
      </div>
      {error ? <p className="explorer-error">{error}</p> : null}
      {notices.map((notice) => (
        <p key={notice} className="explorer-error">
          {notice}
        </p>
      ))}
      <ContactImportReport />
      {contacts.length === 0 ? (
        <EmptyState icon="person" title="No contacts yet">
          <p>
            A contact holds the values of <code>{'{{contact.email}}'}</code>,{' '}
            <code>{'{{workflow.order_total}}'}</code> and the like. Create one, or import a JSON or
            CSV file.
          </p>
        </EmptyState>
      ) : (
        <ul className="contact-list" aria-label="Contacts" ref={listRef} onKeyDown={onKeyDown}>
          {contacts.map((stored) => {
            const fields = Object.keys(stored.contact.contact).length
            const values = Object.keys(stored.contact.workflow).length
            return (
              <li
                key={stored.id}
                className={`connection-row${stored.id === selected ? ' selected' : ''}`}
              >
                <button
                  type="button"
                  className="connection-open contact-open"
                  aria-current={stored.id === selected ? 'true' : undefined}
                  onClick={() => openContactEditor(context, stored)}
                >
                  <Codicon name="person" />
                  <span className="connection-text">
                    <span className="connection-name">{stored.contact.name}</span>
                    <span className="connection-meta">
                      {fields} field{fields === 1 ? '' : 's'} · {values} workflow value
                      {values === 1 ? '' : 's'}
                      {stored.contact.channel ? ` · ${stored.contact.channel}` : ''}
                    </span>
                  </span>
                </button>
                <Button
                  variant="icon"
                  icon="copy"
                  aria-label={`Duplicate ${stored.contact.name}`}
                  title="Duplicate"
                  onClick={() => void duplicateContact(context, stored.id)}
                />
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
