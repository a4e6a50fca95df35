import { useMemo } from 'react'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { EditorSummary } from '../../ui/EditorSummary'
import { formatRawTab } from './formatRawTab'
import { rawProblems } from './rawProblems'
import { saveRawPreset } from './saveRawPreset'
import { sendRawRequest } from './sendRawRequest'

/** Problem counts, Format / Minify, and "Send" (Ctrl+Enter) with Cancel while sending. */
export function RawToolbar({ tabId }: { tabId: string }) {
  const api = useApi()
  const tab = useWorkbenchStore((state) => state.rawTabs[tabId])
  const connection = useWorkbenchStore((state) =>
    state.connections.find((candidate) => candidate.id === tab?.connectionId),
  )
  const showPanel = useWorkbenchStore((state) => state.showPanel)
  const problems = useMemo(() => (tab ? rawProblems(tab.text, connection) : []), [tab, connection])
  if (!tab) return null
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.filter((problem) => problem.severity === 'warning').length
  const sending = tab.send.status === 'sending'
  return (
    <div className="composer-toolbar raw-toolbar">
      <EditorSummary
        title={'Raw request'}
        errors={errors}
        warnings={warnings}
        failure={tab.send.status === 'failed' ? tab.send.message : undefined}
        onShowProblems={() => showPanel('problems')}
      />
      <Button
        variant="secondary"
        icon="save"
        title={tab.presetId ? 'Save the raw preset (Ctrl+S)' : 'Save as a raw preset (Ctrl+S)'}
        onClick={() => void saveRawPreset({ store: useWorkbenchStore, api }, tabId)}
      >
        {tab.presetId ? 'Save preset' : 'Save as preset'}
      </Button>
      <Button
        variant="secondary"
        icon="json"
        title="Format the JSON (numbers keep every digit)"
        onClick={() => formatRawTab(useWorkbenchStore, tabId, 2)}
      >
        Format
      </Button>
      <Button
        variant="secondary"
        icon="fold"
        title="Minify the JSON (numbers keep every digit)"
        onClick={() => formatRawTab(useWorkbenchStore, tabId, 0)}
      >
        Minify
      </Button>
      {tab.send.status === 'sending' ? (
        <Button
          variant="secondary"
          icon="debug-stop"
          onClick={() => {
            if (tab.send.status === 'sending')
              void api['events.cancel']({ requestId: tab.send.requestId })
          }}
        >
          Cancel
        </Button>
      ) : null}
      <Button
        icon={sending ? 'loading codicon-modifier-spin' : 'send'}
        disabled={sending}
        aria-label="Send"
        title={
          errors > 0
            ? `Fix ${errors} problem${errors === 1 ? '' : 's'} first (see the Problems panel)`
            : 'Send (Ctrl+Enter)'
        }
        onClick={() => void sendRawRequest(useWorkbenchStore, api, tabId)}
      >
        {sending ? 'Sending…' : 'Send'}
        <kbd className="keybinding button-keybinding">Ctrl+Enter</kbd>
      </Button>
    </div>
  )
}
