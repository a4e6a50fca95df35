import { useEffect, useRef } from 'react'
import type { ConnectionCheckReport } from '../../../../shared/connections/connectionCheckReport'
import { Codicon } from '../../ui/Codicon'
import { outcomeIcons, outcomeTexts } from './connectionLabels'

const channelNames = { whatsapp: 'WhatsApp', messenger: 'Messenger', instagram: 'Instagram' }
const assetNames = { whatsapp: 'WhatsApp', page: 'Page', instagram: 'Instagram' }

function tokenText(token: ConnectionCheckReport['token']): string {
  if (token.valid === null) return 'not checked: the endpoint was not reached'
  if (!token.valid) return 'not valid'
  const expiry = token.neverExpires
    ? 'never expires'
    : token.expiresAt
      ? `expires ${token.expiresAt.slice(0, 16).replace('T', ' ')} UTC`
      : 'expiry unknown'
  return `valid, ${expiry}${token.type ? ` · ${token.type}` : ''} (via ${token.via})`
}

/** A check's answer, inline in the editor: what Meta said, then each problem with its fix. */
export function CheckResult({ report }: { report: ConnectionCheckReport }) {
  const section = useRef<HTMLElement>(null)
  useEffect(() => {
    // Block body: Chromium's scrollIntoView may return a promise, which is no effect cleanup.
    void section.current?.scrollIntoView?.({ block: 'nearest' })
  }, [report.at])
  return (
    <section
      ref={section}
      className={`check-result ${report.outcome}`}
      aria-label="Check result"
      aria-live="polite"
    >
      <h3>
        <Codicon name={outcomeIcons[report.outcome]} /> {outcomeTexts[report.outcome]}
      </h3>
      <p className="check-summary">{report.summary}</p>
      <dl className="check-facts">
        <dt>Token</dt>
        <dd>{tokenText(report.token)}</dd>
        {report.identity ? (
          <>
            <dt>Identity</dt>
            <dd>
              {report.identity.name} <span className="mono muted">{report.identity.id}</span>
            </dd>
          </>
        ) : null}
        {report.permissions.known ? (
          <>
            <dt>Permissions</dt>
            <dd className="mono">{report.permissions.granted.join(', ') || 'none granted'}</dd>
          </>
        ) : null}
        {report.channels.map((channel) => (
          <div key={channel.channel} className="check-fact-row">
            <dt>{channelNames[channel.channel]}</dt>
            <dd>
              {channel.missing.length > 0 ? (
                <>
                  missing <span className="mono">{channel.missing.join(', ')}</span>
                </>
              ) : (
                'permissions ok'
              )}
              {channel.inUse ? '' : ' (no asset)'}
            </dd>
          </div>
        ))}
        {report.dataset.found !== null ? (
          <>
            <dt>Dataset</dt>
            <dd>
              <span className="mono">{report.dataset.id}</span>{' '}
              {report.dataset.found
                ? `found${report.dataset.name ? ` “${report.dataset.name}”` : ''}`
                : 'not found'}
            </dd>
          </>
        ) : null}
        {report.assets.map((asset) => (
          <div key={asset.kind} className="check-fact-row">
            <dt>{assetNames[asset.kind]}</dt>
            <dd>
              <span className="mono">{asset.id}</span> ({asset.country}){' '}
              {asset.linked === null
                ? 'link unknown'
                : asset.linked
                  ? 'linked'
                  : `not linked${asset.linkedDatasetIds.length ? ` (linked to ${asset.linkedDatasetIds.join(', ')})` : ''}`}
            </dd>
          </div>
        ))}
      </dl>
      {report.problems.length > 0 ? (
        <ul className="field-problems check-problems" aria-label="Problems">
          {report.problems.map((problem, index) => (
            <li key={index} className={`field-problem ${problem.severity}`}>
              <Codicon
                name={
                  problem.severity === 'error'
                    ? 'error'
                    : problem.severity === 'warning'
                      ? 'warning'
                      : 'info'
                }
              />
              <span>
                {problem.message}
                <span className="field-problem-fix"> Fix: {problem.fix}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
