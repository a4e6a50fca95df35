import { useMemo } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { CopyButton } from '../inspector'
import { JsonPreview } from './JsonPreview'
import { previewAnnotations } from './previewAnnotations'
import { useComposerBuild } from './useComposerBuild'

/** The exact body Meta will receive, recomputed on every keystroke. The token is never in it. */
export function PayloadPreview({ tabId }: { tabId: string }) {
  const draft = useWorkbenchStore((state) => state.composerTabs[tabId]?.draft)
  const build = useComposerBuild(tabId)
  const notes = useMemo(
    () => (draft && build ? previewAnnotations(draft, build.request) : undefined),
    [draft, build],
  )
  if (!build || !notes) return null
  const text = JSON.stringify(build.request.body, null, 2)
  return (
    <section className="composer-preview" aria-label="Payload preview">
      <header className="preview-header">
        <span className="preview-title">PAYLOAD PREVIEW</span>
        <CopyButton text={text} label="Copy the JSON body" />
      </header>
      <div className="preview-url mono" title="The request line">
        <span className="http-method">POST</span> {build.request.url}
      </div>
      <div className="preview-url mono preview-auth">
        Authorization: Bearer ••••• (from the keychain)
      </div>
      <JsonPreview value={build.request.body} notes={notes} />
      <footer className="preview-footer">
        <span className="preview-legend">
          <span className="legend-hash">hashed</span> hover for its value ·{' '}
          <span className="legend-variable">variable</span> from the sample contact
        </span>
        <span
          className="preview-timing"
          title="Time to rebuild the request and its problems after the last change"
        >
          <Codicon name="dashboard" /> {build.elapsedMs.toFixed(2)} ms
        </span>
      </footer>
    </section>
  )
}
