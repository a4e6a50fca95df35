import type { SendSettings } from './sendSettings'
// The fields' styles live with the raw editor's (which shows the same fields); the composer
// shows them before any raw editor has loaded.
import '../raw/raw.css'

/**
 * A tab's send settings: extra request headers (`name: value`, one a line) and the total timeout
 * in seconds. Used by the raw request editor and the composer.
 */
export function SendSettingsFields(props: {
  idPrefix: string
  settings: SendSettings
  onChange: (change: Partial<SendSettings>) => void
}) {
  const { idPrefix, settings, onChange } = props
  return (
    <>
      <div className="raw-field raw-field-headers">
        <label htmlFor={`${idPrefix}-headers`}>Extra headers</label>
        <textarea
          id={`${idPrefix}-headers`}
          rows={2}
          spellCheck={false}
          placeholder="x-sandbox-fault: timeout"
          value={settings.headersText}
          onChange={(event) => onChange({ headersText: event.target.value })}
        />
      </div>
      <div className="raw-field raw-field-timeout">
        <label htmlFor={`${idPrefix}-timeout`}>Timeout (s)</label>
        <input
          id={`${idPrefix}-timeout`}
          inputMode="decimal"
          placeholder="default"
          value={settings.timeoutText}
          onChange={(event) => onChange({ timeoutText: event.target.value })}
        />
      </div>
    </>
  )
}
