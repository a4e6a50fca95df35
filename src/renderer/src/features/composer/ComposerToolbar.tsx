import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { EditorSummary } from '../../ui/EditorSummary'
import { Codicon } from '../../ui/Codicon'
import { sendBlocker } from './sendBlocker'
import { sendDraft } from './sendDraft'
import { useComposerBuild } from './useComposerBuild'

/** The event's summary, its problem counts and the one-click "Send test event" button. */
export function ComposerToolbar({ tabId }: { tabId: string }) {
  const api = useApi()
  const tab = useWorkbenchStore((state) => state.composerTabs[tabId])
  const blocker = useWorkbenchStore(useShallow((state) => sendBlocker(state, tabId)))
  const focusField = useWorkbenchStore((state) => state.focusField)
  const showView = useWorkbenchStore((state) => state.showView)
  const showPanel = useWorkbenchStore((state) => state.showPanel)
  const build = useComposerBuild(tabId)
  if (!tab) return null
  const errors = build?.problems.filter((problem) => problem.severity === 'error').length ?? 0
  const warnings = build?.problems.filter((problem) => problem.severity === 'warning').length ?? 0
  const sending = tab.send.status === 'sending'
  const withCode = Boolean(tab.draft.testEventCode?.trim())
  return (
    <div className="composer-toolbar">
      <EditorSummary
        title={tab.draft.eventName || 'Event'}
        errors={errors}
        warnings={warnings}
        failure={tab.send.status === 'failed' ? tab.send.message : undefined}
        onShowProblems={() => showPanel('problems')}
      />
      {blocker ? (
        <span className="send-blocker" id={`send-blocker-${tabId}`} role="status">
          <Codicon name="info" /> {blocker.reason}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              blocker.action === 'chooseConnection'
                ? focusField(tabId, 'connection.datasetId')
                : showView('connections')
            }
          >
            {blocker.actionLabel}
          </button>
        </span>
      ) : null}
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
        disabled={sending || errors > 0 || blocker !== undefined}
        aria-describedby={blocker ? `send-blocker-${tabId}` : undefined}
        title={
          blocker
            ? blocker.reason
            : errors > 0
              ? `Fix ${errors} problem${errors === 1 ? '' : 's'} first (see the Problems panel)`
              : 'Send (Ctrl+Enter)'
        }
        onClick={() => void sendDraft(useWorkbenchStore, api, tabId)}
      >
        {sending ? 'Sending…' : withCode ? 'Send test event' : 'Send event'}
        <kbd className="keybinding button-keybinding">Ctrl+Enter</kbd>
      </Button>
    </div>
  )
}
