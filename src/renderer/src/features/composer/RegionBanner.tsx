import { Codicon } from '../../ui/Codicon'
import { useComposerBuild } from './useComposerBuild'

/**
 * Restricted-region warning before sending: names the asset's country and what Meta will answer.
 * Sending stays possible — reproducing that error may be the point.
 */
export function RegionBanner({ tabId }: { tabId: string }) {
  const build = useComposerBuild(tabId)
  const warnings = (build?.regionWarnings ?? []).filter((warning) => warning.severity !== 'info')
  if (warnings.length === 0) return null
  return (
    <div className="banner banner-warning" role="status" data-testid="region-banner">
      <Codicon name="warning" className="banner-icon" />
      <div>
        {warnings.map((warning) => (
          <p key={warning.code + warning.message}>
            <strong>Restricted region.</strong>
            {warning.message}
            {warning.fix ? <span className="banner-fix"> {warning.fix}</span> : null}
          </p>
        ))}
        <p className="banner-note">You can still send it, for example to reproduce the error.</p>
      </div>
    </div>
  )
}
