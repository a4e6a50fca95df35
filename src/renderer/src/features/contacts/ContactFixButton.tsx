import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { openContactEditor } from './contactActions'

/**
 * The fix of an unknown or empty `{{contact.x}}` / `{{workflow.x}}`: opens the composer tab's
 * sample contact in its editor with that field added and focused.
 */
export function ContactFixButton({ tabId, variable }: { tabId?: string; variable: string }) {
  const api = useApi()
  const stored = useWorkbenchStore((state) => {
    const id = state.composerTabs[tabId ?? state.activeTabId ?? '']?.sampleContactId
    return state.contacts.find((contact) => contact.id === id)
  })
  if (!stored) return null
  return (
    <Button
      variant="secondary"
      className="button-small contact-fix"
      icon="person"
      onClick={(event) => {
        event.stopPropagation()
        openContactEditor({ store: useWorkbenchStore, api }, stored, { addField: variable })
      }}
    >
      Add {`{{${variable}}}`} to {stored.contact.name}
    </Button>
  )
}
