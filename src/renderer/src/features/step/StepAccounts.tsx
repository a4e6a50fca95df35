import type { AssetKind, ConnectionView } from '../../../../shared/connections/connectionSchema'
import { useWorkbenchStore } from '../../state/store'
import { AssetLinkHint } from './AssetLinkHint'
import type { AssetLinks } from './useAssetLinks'

const accounts: { kind: AssetKind; label: string; channel: string }[] = [
  { kind: 'whatsapp', label: 'WhatsApp Business account', channel: 'WhatsApp' },
  { kind: 'page', label: 'Facebook Page', channel: 'Messenger' },
  { kind: 'instagram', label: 'Instagram account', channel: 'Instagram' },
]

/** Event information: which of the three accounts the step selects (any subset, at least one). */
export function StepAccounts({
  tabId,
  connection,
  links = {},
}: {
  tabId: string
  connection: ConnectionView | undefined
  /** Whether each selected account is linked to the dataset (useAssetLinks). */
  links?: AssetLinks
}) {
  const assets = useWorkbenchStore((state) => state.stepTabs[tabId]?.step.assets)
  const updateStep = useWorkbenchStore((state) => state.updateStep)
  if (!assets) return null
  const set = (kind: AssetKind, value: string | null) =>
    updateStep(tabId, (step) => ({ ...step, assets: { ...step.assets, [kind]: value } }))
  return (
    <fieldset className="composer-section">
      <legend>Event information</legend>
      <p className="section-note">
        Select at least one of the following accounts for the event to be sent.
      </p>
      {accounts.map(({ kind, label, channel }) => {
        const value = assets[kind]
        const selected = value !== null && value !== undefined
        const known = connection?.assets[kind]
        const id = `step-${tabId}-asset-${kind}`.replace(/[^A-Za-z0-9_-]/g, '-')
        return (
          <div className="step-account" key={kind}>
            <label className="step-check">
              <input
                type="checkbox"
                checked={selected}
                aria-describedby={`${id}-hint`}
                onChange={(event) => set(kind, event.target.checked ? (known?.id ?? '') : null)}
              />
              {label}
            </label>
            {selected ? (
              <input
                id={id}
                aria-label={`${label} ID`}
                className="step-account-id"
                inputMode="numeric"
                placeholder={known?.id ?? 'ID (digits)'}
                value={value}
                onChange={(event) => set(kind, event.target.value)}
              />
            ) : null}
            <div className="field-hint" id={`${id}-hint`}>
              {!selected ? (
                `If not selected, no ${channel} related events will be sent.`
              ) : links[kind] && connection ? (
                <AssetLinkHint link={links[kind]} connection={connection} />
              ) : known ? (
                `The connection lists ${known.name ? `${known.name} · ` : ''}${known.id} (${known.country}) as linked to the dataset.`
              ) : (
                'The connection lists no such account as linked to the dataset.'
              )}
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}
