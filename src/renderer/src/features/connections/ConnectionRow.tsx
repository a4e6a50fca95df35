import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { Codicon } from '../../ui/Codicon'
import { endpointText, outcomeIcons, outcomeTexts, shortTime } from './connectionLabels'

/** One connection in the side bar: name, endpoint, token present, last check and when. */
export function ConnectionRow({
  connection,
  selected,
  onOpen,
}: {
  connection: ConnectionView
  selected: boolean
  onOpen: () => void
}) {
  const check = connection.lastCheck
  return (
    <li className={`connection-row${selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="connection-open"
        onClick={onOpen}
        aria-current={selected ? 'true' : undefined}
        title={`${connection.name}: dataset ${connection.datasetId}, ${endpointText(connection.endpoint)}`}
      >
        <Codicon name="plug" />
        <span className="connection-text">
          <span className="connection-name">{connection.name}</span>
          <span className="connection-meta">
            {endpointText(connection.endpoint)} · {connection.datasetId}
          </span>
        </span>
        <span className="connection-status">
          {connection.hasToken ? (
            <span
              className="token-present"
              title={`Token ${connection.tokenHint ?? ''} in the keychain`}
            >
              <Codicon name="key" label="Token set" />
            </span>
          ) : (
            <span className="token-missing" title="No token yet">
              <Codicon name="circle-slash" label="No token" />
            </span>
          )}
          {check ? (
            <span
              className={`check-outcome ${check.outcome}`}
              title={`${outcomeTexts[check.outcome]} at ${check.at}: ${check.summary}`}
            >
              <Codicon name={outcomeIcons[check.outcome]} label={outcomeTexts[check.outcome]} />
              <span className="check-time">{shortTime(check.at)}</span>
            </span>
          ) : (
            <span className="check-never">not checked</span>
          )}
        </span>
      </button>
    </li>
  )
}
