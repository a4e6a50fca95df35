import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { Codicon } from '../../ui/Codicon'
import type { AssetLinks } from './useAssetLinks'

const sourceLabels = {
  sandbox: 'Asked the sandbox',
  connection: 'From the connection (not asked of Meta)',
}

/** Under a selected account: is it linked to the dataset, how that is known, and the evidence. */
export function AssetLinkHint({
  link,
  connection,
}: {
  link: NonNullable<AssetLinks[keyof AssetLinks]>
  connection: ConnectionView
}) {
  if (link.status === 'asking') {
    return (
      <span className="asset-link asking" data-testid="asset-link">
        <Codicon name="loading" /> Asking{' '}
        {connection.endpoint.kind === 'sandbox' ? 'the sandbox' : 'the connection'} whether it is
        linked to dataset {connection.datasetId}…
      </span>
    )
  }
  if (link.status === 'failed') {
    return (
      <span className="asset-link unknown" data-testid="asset-link">
        <Codicon name="question" /> Not known: {link.message}
      </span>
    )
  }
  const { answer } = link
  const state = answer.linked === null ? 'unknown' : answer.linked ? 'linked' : 'not-linked'
  const icon = answer.linked === null ? 'question' : answer.linked ? 'pass' : 'error'
  return (
    <span className={`asset-link ${state}`} data-testid="asset-link" data-linked={state}>
      <Codicon name={icon} /> {answer.message}
      <span className="asset-link-evidence">
        <span className="asset-link-source">{sourceLabels[answer.source]}</span> {answer.evidence}
      </span>
    </span>
  )
}
