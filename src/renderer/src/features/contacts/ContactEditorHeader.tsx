import { useState } from 'react'
import type { StoredContact } from '../../../../shared/contract/contactsChannels'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { deleteContact, duplicateContact } from './contactActions'

/** Title and actions of the contact editor: Save (Ctrl+S), Duplicate, Delete (asks first). */
export function ContactEditorHeader({
  tab,
  stored,
  onSave,
}: {
  tab: EditorTab
  stored: StoredContact | undefined
  onSave: () => void
}) {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const [confirming, setConfirming] = useState(false)
  return (
    <div className="contact-editor-header">
      <div>
        <h2>{stored ? stored.contact.name : 'New contact'}</h2>
        <p className="section-note">
          Values for <code>{'{{contact.…}}'}</code> and <code>{'{{workflow.…}}'}</code> in drafts
          and workflow steps.
          {stored ? (
            <>
              {' '}
              Stored as <code>contacts/{stored.id}.json</code> in the data directory.
            </>
          ) : null}
        </p>
      </div>
      <div className="contact-editor-actions">
        <Button icon="save" onClick={onSave} title="Save (Ctrl+S)">
          Save{tab.dirty ? ' •' : ''}
        </Button>
        {stored ? (
          <>
            <Button
              variant="secondary"
              icon="copy"
              onClick={() => void duplicateContact(context, stored.id)}
            >
              Duplicate
            </Button>
            {confirming ? (
              <span className="contact-confirm" role="group" aria-label="Confirm delete">
                Delete “{stored.contact.name}”?
                <Button
                  variant="secondary"
                  onClick={() => void deleteContact(context, stored.id)}
                  autoFocus
                >
                  Delete
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </span>
            ) : (
              <Button variant="secondary" icon="trash" onClick={() => setConfirming(true)}>
                Delete…
              </Button>
            )}
          </>
        ) : null}
      </div>
    </div>
  )
}
