import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { ConfirmRealSendDialog } from '../../ui/ConfirmRealSendDialog'
import { sendDraft } from './sendDraft'

/** Asked before a send without a test event code: such an event counts as real data. */
export function ConfirmSendDialog({ tabId }: { tabId: string }) {
  const api = useApi()
  const send = useWorkbenchStore((state) => state.composerTabs[tabId]?.send)
  const setSendStatus = useWorkbenchStore((state) => state.setSendStatus)
  if (send?.status !== 'confirm') return null
  return (
    <ConfirmRealSendDialog
      id={tabId}
      explanation="Without a test event code Meta treats this as a real conversion: it is counted for ad measurement and optimization and cannot be taken back. Meta does not deduplicate business-messaging events."
      duplicates={send.duplicates.map((match) => ({
        key: `${match.entryId}-${match.eventIndex}`,
        message: match.message,
      }))}
      onCancel={() => setSendStatus(tabId, { status: 'idle' })}
      onConfirm={() => void sendDraft(useWorkbenchStore, api, tabId, { confirmed: true })}
    />
  )
}
