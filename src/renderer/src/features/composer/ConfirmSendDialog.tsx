import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { sendDraft } from './sendDraft'

/** Asked before a send without a test event code: such an event counts as real data. */
export function ConfirmSendDialog({ tabId }: { tabId: string }) {
  const api = useApi()
  const send = useWorkbenchStore((state) => state.composerTabs[tabId]?.send)
  const setSendStatus = useWorkbenchStore((state) => state.setSendStatus)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const open = send?.status === 'confirm'
  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])
  if (send?.status !== 'confirm') return null
  function cancel() {
    setSendStatus(tabId, { status: 'idle' })
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      cancel()
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog: Tab and Shift+Tab cycle between its buttons.
      const buttons = [...event.currentTarget.querySelectorAll('button')]
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
      const next = buttons[(index + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]
      next?.focus()
      event.preventDefault()
    }
  }
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`confirm-${tabId}-title`}
        aria-describedby={`confirm-${tabId}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`confirm-${tabId}-title`}>Send without a test event code?</h2>
        <div id={`confirm-${tabId}-body`}>
          <p>
            Without a test event code Meta treats this as a real conversion: it is counted for ad
            measurement and optimization and cannot be taken back. Meta does not deduplicate
            business-messaging events.
          </p>
          {send.duplicates.length > 0 ? (
            <ul className="dialog-duplicates">
              {send.duplicates.map((match) => (
                <li key={`${match.entryId}-${match.eventIndex}`}>{match.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={cancel}
          >
            Cancel
          </button>
          <Button
            variant="primary"
            icon="send"
            onClick={() => void sendDraft(useWorkbenchStore, api, tabId, { confirmed: true })}
          >
            Send as a real event
          </Button>
        </div>
      </div>
    </div>
  )
}
