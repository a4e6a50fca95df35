import { useState } from 'react'
import { Codicon } from '../../ui/Codicon'
import { useComposerBuild } from './useComposerBuild'

/** The message's first sentence: what the one-line banner says before "details". */
function headline(message: string): string {
  const end = message.search(/\.\s/)
  return end > 0 ? message.slice(0, end + 1) : message
}

/**
 * Restricted-region warning before sending, one line with "details" so the form keeps its height
 * (the full text is not repeated under the field). Sending stays possible: reproducing that error
 * may be the point.
 */
export function RegionBanner({ tabId }: { tabId: string }) {
  const build = useComposerBuild(tabId)
  const [open, setOpen] = useState(false)
  const warnings = (build?.regionWarnings ?? []).filter((warning) => warning.severity !== 'info')
  const first = warnings[0]
  if (!first) return null
  const detailsId = `region-details-${tabId}`
  return (
    <div className="banner banner-warning region-banner" role="status" data-testid="region-banner">
      <Codicon name="warning" className="banner-icon" />
      <div className="region-banner-body">
        <p className="region-banner-line">
          <strong>Restricted region.</strong>
          <span className="truncate" title={first.message}>
            {headline(first.message)}
            {warnings.length > 1 ? ` (+${warnings.length - 1} more)` : ''}
          </span>
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'hide details' : 'details'}
          </button>
        </p>
        {open ? (
          <div id={detailsId}>
            {warnings.map((warning) => (
              <p key={warning.code + warning.message}>
                {warning.message}
                {warning.fix ? <span className="banner-fix"> {warning.fix}</span> : null}
              </p>
            ))}
            <p className="banner-note">
              You can still send it, for example to reproduce the error.
            </p>
          </div>
        ) : null}
      </div>
    </div>
  )
}
