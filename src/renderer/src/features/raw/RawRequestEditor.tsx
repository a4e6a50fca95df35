import type { EditorTab } from '../../state/editorSlice'
import { EmptyState } from '../../ui/EmptyState'
import { RawCodeEditor } from './RawCodeEditor'
import { RawConfirmDialog } from './RawConfirmDialog'
import { RawConnectionRow } from './RawConnectionRow'
import { RawToolbar } from './RawToolbar'
import { useRawConnections } from './useRawConnections'
import { useRawPresetTab } from './useRawPresetTab'
import './raw.css'

/** The raw request editor (tab kind `raw`): a Meta request body in CodeMirror, sent as it is. */
export function RawRequestEditor({ tab }: { tab: EditorTab }) {
  const reload = useRawConnections()
  const status = useRawPresetTab(tab)
  if (status === 'loading') return <div className="composer-loading">Opening…</div>
  if (status === 'missing') {
    return <EmptyState icon="json" title="This raw request is no longer open." />
  }
  return (
    <div className="raw-editor" data-testid="raw-editor">
      <RawToolbar tabId={tab.id} />
      <RawConnectionRow tabId={tab.id} onReload={() => void reload()} />
      <RawCodeEditor tabId={tab.id} />
      <RawConfirmDialog tabId={tab.id} />
    </div>
  )
}
