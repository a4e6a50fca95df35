import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { ConfirmRealSendDialog } from '../../ui/ConfirmRealSendDialog'
import { sendRawRequest } from './sendRawRequest'

/** Asked before sending a raw body without a test event code: it counts as real data. */
export function RawConfirmDialog({ tabId }: { tabId: string }) {
  const api = useApi()
  const send = useWorkbenchStore((state) => state.rawTabs[tabId]?.send)
  const setSendStatus = useWorkbenchStore((state) => state.setRawSendStatus)
  if (send?.status !== 'confirm') return null
  return (
    <ConfirmRealSendDialog
      id={tabId}
      explanation={
        <>
          The body has no <code>test_event_code</code>, so Meta treats it as a real conversion:
          counted for ad measurement and optimization, and it cannot be taken back. Meta does not
          deduplicate business-messaging events.
        </>
      }
      duplicates={send.duplicates.map((match) => ({
        key: `${match.entryId}-${match.eventIndex}`,
        message: match.message,
      }))}
      onCancel={() => setSendStatus(tabId, { status: 'idle' })}
      onConfirm={() => void sendRawRequest(useWorkbenchStore, api, tabId, { confirmed: true })}
    />
  )
}
