import type { ConnectionForm } from './connectionForm'
import { defaultSandboxUrl } from './connectionForm'
import { FormInput } from './FormInput'

type Change = (change: Partial<ConnectionForm>) => void

/** Name, the customer's names for portfolio and account, dataset, version, endpoint, test code. */
export function ConnectionFieldsSection({
  form,
  problems,
  onChange,
}: {
  form: ConnectionForm
  problems: Record<string, string>
  onChange: Change
}) {
  return (
    <fieldset className="composer-section">
      <legend>Connection</legend>
      <div className="field-grid">
        <FormInput
          id="connection-name"
          label="Name"
          value={form.name}
          problem={problems.name}
          onChange={(name) => onChange({ name })}
          placeholder="Acme Brazil"
        />
        <FormInput
          id="connection-dataset"
          label="Dataset ID"
          mono
          value={form.datasetId}
          problem={problems.datasetId}
          onChange={(datasetId) => onChange({ datasetId })}
          hint="Events Manager → Data sources → the dataset → Settings."
        />
        <FormInput
          id="connection-portfolio"
          label={
            <>
              Business portfolio <span className="optional">optional</span>
            </>
          }
          value={form.portfolioName}
          onChange={(portfolioName) => onChange({ portfolioName })}
          hint="As the customer names it in Meta Business Suite."
        />
        <FormInput
          id="connection-business"
          label={
            <>
              Business account <span className="optional">optional</span>
            </>
          }
          value={form.businessAccountName}
          onChange={(businessAccountName) => onChange({ businessAccountName })}
        />
        <FormInput
          id="connection-version"
          label="Graph API version"
          mono
          value={form.apiVersion}
          problem={problems.apiVersion}
          onChange={(apiVersion) => onChange({ apiVersion })}
        />
        <FormInput
          id="connection-test-code"
          label={
            <>
              Test event code <span className="optional">optional</span>
            </>
          }
          mono
          value={form.testEventCode}
          onChange={(testEventCode) => onChange({ testEventCode })}
          placeholder="TEST12345"
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="connection-endpoint" className="field-label">
            Endpoint
          </label>
          <select
            id="connection-endpoint"
            value={form.endpointKind}
            onChange={(event) => {
              const endpointKind = event.target.value as ConnectionForm['endpointKind']
              onChange({
                endpointKind,
                endpointUrl:
                  endpointKind === 'sandbox' && !form.endpointUrl
                    ? defaultSandboxUrl
                    : form.endpointUrl,
              })
            }}
          >
            <option value="meta">Meta (graph.facebook.com)</option>
            <option value="sandbox">Local sandbox</option>
            <option value="custom">Custom URL</option>
          </select>
          <div className="field-hint">
            Changing the endpoint removes the token, so it is never sent to another server.
          </div>
        </div>
        {form.endpointKind !== 'meta' ? (
          <FormInput
            id="connection-endpoint-url"
            label="Endpoint URL"
            mono
            value={form.endpointUrl}
            problem={problems['endpoint.url']}
            onChange={(endpointUrl) => onChange({ endpointUrl })}
            placeholder={form.endpointKind === 'sandbox' ? defaultSandboxUrl : 'https://'}
          />
        ) : null}
      </div>
    </fieldset>
  )
}
