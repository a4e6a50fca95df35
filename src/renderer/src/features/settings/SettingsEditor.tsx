import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { loadSettings, saveSettings } from './settingsActions'
import { changeFromForm, formFromSettings, type SettingsForm } from './settingsForm'
import './settings.css'

function Row(props: {
  id: string
  label: string
  hint: string
  error?: string
  children: ReactNode
}) {
  return (
    <div className="settings-row">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="settings-control">
        {props.children}
        <span className={props.error ? 'settings-error' : 'settings-hint'} id={`${props.id}-hint`}>
          {props.error ?? props.hint}
        </span>
      </div>
    </div>
  )
}

/** The Settings editor (tab kind `settings`): settings.json as a form; Save writes only these keys. */
export function SettingsEditor({ tab }: { tab: EditorTab }) {
  const api = useApi()
  const settings = useWorkbenchStore((state) => state.settings)
  const loadError = useWorkbenchStore((state) => state.settingsError)
  const [form, setForm] = useState<SettingsForm | undefined>()
  const [saveError, setSaveError] = useState<string>()
  const [saved, setSaved] = useState(false)
  /** The settings our own Save produced: anything else arriving is a hand edit of the file. */
  const ownSave = useRef<unknown>(undefined)
  useEffect(() => {
    void loadSettings(useWorkbenchStore, api)
  }, [api])
  // A hand edit of settings.json (pushed by main) shows at once, unless the form has unsaved edits.
  useEffect(() => {
    if (settings && (!form || !tab.dirty)) setForm(formFromSettings(settings.values))
    if (settings !== ownSave.current) setSaved(false)
  }, [settings, tab.dirty])
  if (!settings || !form) {
    return <p className="settings-loading">{loadError ?? 'Reading settings.json…'}</p>
  }
  const { change, problems } = changeFromForm(form)
  const edit = (next: Partial<SettingsForm>) => {
    setForm({ ...form, ...next })
    setSaved(false)
    useWorkbenchStore.getState().setTabDirty(tab.id, true)
  }
  const save = async () => {
    const error = await saveSettings(useWorkbenchStore, api, change)
    setSaveError(error)
    if (!error) {
      ownSave.current = useWorkbenchStore.getState().settings
      setSaved(true)
      useWorkbenchStore.getState().setTabDirty(tab.id, false)
    }
  }
  const field = (key: keyof SettingsForm) => ({
    id: `setting-${key}`,
    value: form[key],
    'aria-invalid': problems[key] ? true : undefined,
    'aria-describedby': `setting-${key}-hint`,
  })
  const invalid = Object.keys(problems).length > 0
  return (
    <form
      className="settings-editor"
      aria-label="Settings"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <header className="settings-header">
        <h1>Settings</h1>
        <span className="settings-path mono" title="The file these settings are kept in">
          {settings.path}
        </span>
        <Button type="submit" icon="save" disabled={invalid || settings.broken}>
          Save settings
        </Button>
        {saved ? (
          <span role="status" className="settings-saved">
            <Codicon name="check" /> Saved; applies now.
          </span>
        ) : null}
      </header>
      {settings.problems.length > 0 ? (
        <ul className="settings-problems" aria-label="Problems in settings.json">
          {settings.problems.map((problem, index) => (
            <li key={index} className={problem.severity}>
              <Codicon name={problem.severity} /> Ln {problem.line}, Col {problem.column}:{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {saveError ? (
        <p className="settings-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <fieldset>
        <legend>Sending</legend>
        <Row
          id="setting-timeoutSeconds"
          label="Send timeout (seconds)"
          hint="The whole send, 1.5–60 s (default 10). A tab's own timeout wins."
          error={problems.timeoutSeconds}
        >
          <input
            {...field('timeoutSeconds')}
            inputMode="decimal"
            onChange={(e) => edit({ timeoutSeconds: e.target.value })}
          />
        </Row>
        <Row
          id="setting-slowMs"
          label="Slow answer threshold (ms)"
          hint="Answers slower than this are marked slow in the Response panel and capi send (default 1500: the timeout Meta suggests)."
          error={problems.slowMs}
        >
          <input
            {...field('slowMs')}
            inputMode="numeric"
            onChange={(e) => edit({ slowMs: e.target.value })}
          />
        </Row>
        <Row
          id="setting-historySize"
          label="History size"
          hint="Sends kept in the history (10–100000; default 1000). Older ones are dropped."
          error={problems.historySize}
        >
          <input
            {...field('historySize')}
            inputMode="numeric"
            onChange={(e) => edit({ historySize: e.target.value })}
          />
        </Row>
      </fieldset>
      <fieldset>
        <legend>New connections</legend>
        <Row
          id="setting-apiVersion"
          label="Default API version"
          hint="Graph API version a new connection starts with."
          error={problems.apiVersion}
        >
          <input
            {...field('apiVersion')}
            className="mono"
            onChange={(e) => edit({ apiVersion: e.target.value })}
          />
        </Row>
        <Row
          id="setting-endpoint"
          label="Default endpoint"
          hint="https://graph.facebook.com, or the sandbox's http://127.0.0.1:PORT."
          error={problems.endpoint}
        >
          <input
            {...field('endpoint')}
            className="mono"
            onChange={(e) => edit({ endpoint: e.target.value })}
          />
        </Row>
      </fieldset>
      <fieldset>
        <legend>Workbench</legend>
        <Row
          id="setting-theme"
          label="Theme"
          hint="System follows the operating system."
          error={problems.theme}
        >
          <select
            {...field('theme')}
            onChange={(e) => edit({ theme: e.target.value as SettingsForm['theme'] })}
          >
            <option value="system">System</option>
            <option value="dark">Dark</option>
            <option value="light">Light</option>
          </select>
        </Row>
        <Row
          id="setting-keybindings"
          label="Browser-mode keybindings"
          hint="One per line: command.id: Keys (e.g. raw.send: Ctrl+Alt+Enter). Used only in browser mode."
          error={problems.keybindings}
        >
          <textarea
            {...field('keybindings')}
            rows={3}
            className="mono"
            spellCheck={false}
            onChange={(e) => edit({ keybindings: e.target.value })}
          />
        </Row>
      </fieldset>
    </form>
  )
}
