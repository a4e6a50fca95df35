import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { sendRawRequest } from './sendRawRequest'

/** Asked before sending a raw body without a test event code: it counts as real data. */
export function RawConfirmDialog({ tabId }: { tabId: string }) {
  const api = useApi()
  const send = useWorkbenchStore((state) => state.rawTabs[tabId]?.send)
  const setSendStatus = useWorkbenchStore((state) => state.setRawSendStatus)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const open = send?.status === 'confirm'
  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])
  if (send?.status !== 'confirm') return null
  const cancel = () => setSendStatus(tabId, { status: 'idle' })
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      cancel()
    } else if (event.key === 'Tab') {
      const buttons = [...event.currentTarget.querySelectorAll('button')]
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
      buttons[(index + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus()
      event.preventDefault()
    }
  }
  const id = tabId.replace(/[^a-z0-9-]/gi, '-')
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`confirm-${id}-title`}
        aria-describedby={`confirm-${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`confirm-${id}-title`}>Send without a test event code?</h2>
        <div id={`confirm-${id}-body`}>
          <p>
            The body has no <code>test_event_code</code>, so Meta treats it as a real conversion:
            counted for ad measurement and optimization, and it cannot be taken back. Meta does not
            deduplicate business-messaging events.
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
            onClick={() => void sendRawRequest(useWorkbenchStore, api, tabId, { confirmed: true })}
          >
            Send as a real event
          </Button>
        </div>
      </div>
    </div>
  )
}
