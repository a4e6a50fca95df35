import { useApi } from '../api/ApiContext'
import { commandList } from '../commands/commandList'
import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'

const steps = [
  {
    icon: 'plug',
    title: 'Add a connection',
    text: 'A dataset ID, its WhatsApp, Page and Instagram assets with their countries, and a token kept in your OS keychain. Point it at Meta or at the local sandbox.',
  },
  {
    icon: 'edit',
    title: 'Compose the event',
    text: 'Channel, Purchase or LeadSubmitted, the channel IDs and ctwa_clid, currency and value, customer information. The payload preview shows exactly what Meta receives, hashed.',
  },
  {
    icon: 'warning',
    title: 'Read the warnings',
    text: 'Problems are listed next to their field before you send, including assets in CAPI-restricted regions (EU, EEA, UK, Japan).',
  },
  {
    icon: 'send',
    title: 'Send a test event',
    text: 'One button (Ctrl+Enter) sends it with your test event code, so it shows in Events Manager → Test events.',
  },
  {
    icon: 'inspect',
    title: 'Read Meta\u2019s answer',
    text: 'The response inspector explains Meta\u2019s error in plain words, with the fix and the fbtrace_id to quote.',
  },
]

/** Actions offered if the features that provide them are present. */
const startActions = [
  { commandId: 'composer.newDraft', label: 'New event', icon: 'new-file' },
  { commandId: 'connections.add', label: 'Add a connection', icon: 'plug' },
  {
    commandId: 'presets.import',
    label: 'Import a customer payload or cURL',
    icon: 'cloud-download',
  },
  { commandId: 'workbench.action.showCommands', label: 'Show all commands', icon: 'terminal' },
]

export function WelcomeEditor() {
  const api = useApi()
  const actions = startActions
    .map((action) => ({
      ...action,
      command: commandList.find((command) => command.id === action.commandId),
    }))
    .filter((action) => action.command)
  return (
    <div className="welcome">
      <h1>CAPI Workbench</h1>
      <p className="welcome-lead">
        Send and debug Meta Conversions API events from WhatsApp, Messenger and Instagram
        conversations — the way a customer&apos;s workflow sent them — and understand Meta&apos;s
        answer.
      </p>
      <div className="welcome-columns">
        <section aria-labelledby="welcome-start">
          <h2 id="welcome-start">Start</h2>
          <ul className="welcome-actions">
            {actions.map((action) => (
              <li key={action.commandId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void action.command?.run({ store: useWorkbenchStore, api })}
                >
                  <Codicon name={action.icon} /> {action.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="welcome-how">
          <h2 id="welcome-how">How a ticket goes</h2>
          <ol className="welcome-steps">
            {steps.map((step) => (
              <li key={step.title}>
                <Codicon name={step.icon} className="welcome-step-icon" />
                <div>
                  <strong>{step.title}</strong>
                  <p>{step.text}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  )
}
