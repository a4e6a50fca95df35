import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { Button } from './Button'

/**
 * The question before a send without a test event code (such an event counts as real data), with
 * the duplicate guard's findings. Focus starts on Cancel and stays inside; Esc cancels.
 */
export function ConfirmRealSendDialog({
  id,
  explanation,
  duplicates,
  onCancel,
  onConfirm,
}: {
  /** Unique on the page (a tab id); used for the ARIA labels. */
  id: string
  explanation: ReactNode
  duplicates: readonly { key: string; message: string }[]
  onCancel: () => void
  onConfirm: () => void
}) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => cancelRef.current?.focus(), [])
  const safeId = id.replace(/[^a-z0-9-]/gi, '-')
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onCancel()
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog: Tab and Shift+Tab cycle between its buttons.
      const buttons = [...event.currentTarget.querySelectorAll('button')]
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
      buttons[(index + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus()
      event.preventDefault()
    }
  }
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`confirm-${safeId}-title`}
        aria-describedby={`confirm-${safeId}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`confirm-${safeId}-title`}>Send without a test event code?</h2>
        <div id={`confirm-${safeId}-body`}>
          <p>{explanation}</p>
          {duplicates.length > 0 ? (
            <ul className="dialog-duplicates">
              {duplicates.map((match) => (
                <li key={match.key}>{match.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={onCancel}
          >
            Cancel
          </button>
          <Button variant="primary" icon="send" onClick={onConfirm}>
            Send as a real event
          </Button>
        </div>
      </div>
    </div>
  )
}
