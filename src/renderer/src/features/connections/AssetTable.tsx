import { type AssetKind, assetKinds } from '../../../../shared/connections/connectionSchema'
import type { AssetForm } from './connectionForm'

const assetTitles: Record<AssetKind, { label: string; hint: string }> = {
  whatsapp: { label: 'WhatsApp Business account', hint: 'WABA ID' },
  page: { label: 'Facebook Page', hint: 'Page ID (Messenger)' },
  instagram: { label: 'Instagram account', hint: 'Instagram professional account ID' },
}

/** The business assets linked to the dataset, with the country that drives region warnings. */
export function AssetTable({
  assets,
  problems,
  onChange,
}: {
  assets: Record<AssetKind, AssetForm>
  problems: Record<string, string>
  onChange: (kind: AssetKind, asset: AssetForm) => void
}) {
  const cell = (kind: AssetKind, key: keyof AssetForm, label: string, mono = false) => {
    const problem = problems[`assets.${kind}.${key}`]
    return (
      <td className={problem ? 'has-error' : undefined}>
        <input
          type="text"
          aria-label={`${assetTitles[kind].label} ${label}`}
          className={mono ? 'mono' : undefined}
          spellCheck={false}
          autoComplete="off"
          value={assets[kind][key]}
          aria-invalid={Boolean(problem)}
          title={problem}
          onChange={(event) => onChange(kind, { ...assets[kind], [key]: event.target.value })}
        />
        {problem ? <div className="field-problem error">{problem}</div> : null}
      </td>
    )
  }
  return (
    <fieldset className="composer-section">
      <legend>Assets linked to the dataset</legend>
      <table className="asset-table">
        <thead>
          <tr>
            <th scope="col">Asset</th>
            <th scope="col">ID</th>
            <th scope="col">Country</th>
            <th scope="col">Name (optional)</th>
          </tr>
        </thead>
        <tbody>
          {assetKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">
                {assetTitles[kind].label}
                <div className="field-hint">{assetTitles[kind].hint}</div>
              </th>
              {cell(kind, 'id', 'ID', true)}
              {cell(kind, 'country', 'country (ISO code)', true)}
              {cell(kind, 'name', 'name')}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="section-note">
        Leave a row empty when the customer does not use that channel. The country (ISO code such as
        DE or BR) drives the restricted-region warnings.
      </p>
    </fieldset>
  )
}
