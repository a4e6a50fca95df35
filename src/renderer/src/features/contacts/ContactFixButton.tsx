import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { openContactEditor } from './contactActions'

/**
 * The fix of an unknown or empty `{{contact.x}}` / `{{workflow.x}}`: opens the composer tab's
 * sample contact in its editor with that field added and focused, or, when the tab has none,
 * takes the focus to the Sample contact picker.
 */
export function ContactFixButton({ tabId, variable }: { tabId?: string; variable: string }) {
  const api = useApi()
  const composerTabId = useWorkbenchStore((state) => {
    const id = tabId ?? state.activeTabId ?? ''
    return state.composerTabs[id] ? id : undefined
  })
  const stored = useWorkbenchStore((state) => {
    const id = state.composerTabs[composerTabId ?? '']?.sampleContactId
    return state.contacts.find((contact) => contact.id === id)
  })
  if (!composerTabId) return null
  if (!stored) {
    // No contact chosen: the fix is to choose one (or create one beside the picker).
    return (
      <Button
        variant="secondary"
        className="button-small contact-fix"
        icon="person"
        onClick={(event) => {
          event.stopPropagation()
          const picker = document.getElementById(`sample-${composerTabId}`)
          picker?.scrollIntoView?.({ block: 'center' })
          picker?.focus()
        }}
      >
        Choose a sample contact for {`{{${variable}}}`}
      </Button>
    )
  }
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
