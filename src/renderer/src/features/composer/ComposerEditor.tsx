import type { EditorTab } from '../../state/editorSlice'
import { ChannelSection } from './ChannelSection'
import { ComposerToolbar } from './ComposerToolbar'
import { ConfirmSendDialog } from './ConfirmSendDialog'
import { ConnectionSection } from './ConnectionSection'
import { CustomerSection } from './CustomerSection'
import { EventSection } from './EventSection'
import { NotesSection } from './NotesSection'
import { PayloadPreview } from './PayloadPreview'
import { PresetDetailsSection } from './PresetDetailsSection'
import { RegionBanner } from './RegionBanner'
import { SendSettingsSection } from './SendSettingsSection'
import { useAfterFirstPaint } from './useAfterFirstPaint'
import { useComposerTab } from './useComposerTab'
import { useConnections } from './useConnections'
import './composer.css'

/** The composer editor (tab kind `composer`): the form on the left, the live payload on the right. */
export function ComposerEditor({ tab }: { tab: EditorTab }) {
  const reload = useConnections()
  const ready = useComposerTab(tab)
  const painted = useAfterFirstPaint()
  if (!ready) return <div className="composer-loading">Opening…</div>
  return (
    <div className="composer" data-testid="composer">
      <ComposerToolbar tabId={tab.id} />
      <RegionBanner tabId={tab.id} />
      <div className="composer-body">
        <form
          className="composer-form"
          aria-label="Event"
          onSubmit={(event) => event.preventDefault()}
        >
          <ConnectionSection tabId={tab.id} onReload={() => void reload()} />
          <ChannelSection tabId={tab.id} />
          <EventSection tabId={tab.id} />
          <CustomerSection tabId={tab.id} />
          <NotesSection tabId={tab.id} />
          <PresetDetailsSection tabId={tab.id} />
          <SendSettingsSection tabId={tab.id} />
        </form>
        {painted ? (
          <PayloadPreview tabId={tab.id} />
        ) : (
          <section className="composer-preview" aria-label="Payload preview" aria-busy="true" />
        )}
      </div>
      <ConfirmSendDialog tabId={tab.id} />
    </div>
  )
}
