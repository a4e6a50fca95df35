import type { ContactForm } from './contactForm'

const channels = [
  { value: '', label: 'Not set (WhatsApp in the step simulator)' },
  { value: 'whatsapp', label: 'WhatsApp' },
  { value: 'messenger', label: 'Messenger' },
  { value: 'instagram', label: 'Instagram' },
] as const

/** The conversation the Workflow Step simulator runs for: its channel and IDs (all optional). */
export function ConversationSection({
  idBase,
  form,
  onChange,
}: {
  idBase: string
  form: ContactForm
  onChange: (form: ContactForm) => void
}) {
  const ids = [
    { key: 'ctwa_clid', label: 'ctwa_clid (click-to-WhatsApp ad; empty for an organic chat)' },
    { key: 'psid', label: 'PSID (Messenger page-scoped user ID)' },
    { key: 'igsid', label: 'IGSID (Instagram-scoped user ID)' },
  ] as const
  return (
    <fieldset className="composer-section">
      <legend>Conversation (for the Workflow Step simulator)</legend>
      <div className="field">
        <label className="field-label" htmlFor={`${idBase}-channel`}>
          Channel
        </label>
        <select
          id={`${idBase}-channel`}
          value={form.channel}
          onChange={(event) =>
            onChange({ ...form, channel: event.target.value as ContactForm['channel'] })
          }
        >
          {channels.map((channel) => (
            <option key={channel.value} value={channel.value}>
              {channel.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field-grid">
        {ids.map(({ key, label }) => (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={`${idBase}-${key}`}>
              {label}
            </label>
            <input
              id={`${idBase}-${key}`}
              className="mono"
              spellCheck={false}
              value={form[key]}
              onChange={(event) => onChange({ ...form, [key]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}
