import { useRef, useState } from 'react'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { removeConnectionToken, setConnectionToken } from './connectionActions'
import { shortTime } from './connectionLabels'

/** Paste a token once; it goes to the keychain through main and only its hint comes back. */
export function TokenSection({ connection }: { connection: ConnectionView }) {
  const api = useApi()
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string>()
  const input = useRef<HTMLInputElement>(null)
  const keychain = useWorkbenchStore((state) => state.keychainStatus)
  const unavailable = keychain?.available === false
  const context = { store: useWorkbenchStore, api }
  const store = async () => {
    const pasted = token
    setToken('')
    setBusy(true)
    setMessage(await setConnectionToken(context, connection.id, pasted))
    setBusy(false)
  }
  const paste = async () => {
    try {
      setToken((await navigator.clipboard.readText()).trim())
    } catch {
      setMessage('The clipboard cannot be read here: click the field and press Ctrl+V (⌘V).')
      input.current?.focus()
    }
  }
  return (
    <fieldset className="composer-section token-section">
      <legend>Access token</legend>
      <p className="token-state">
        <Codicon name={connection.hasToken ? 'key' : 'circle-slash'} />{' '}
        {connection.hasToken ? (
          <>
            <span className="mono token-hint">{connection.tokenHint}</span> in the OS keychain
            {connection.tokenSetAt ? `, set ${shortTime(connection.tokenSetAt)}` : ''}
          </>
        ) : (
          'No token yet. Paste one from Business Settings → System users, or Events Manager → Settings.'
        )}
      </p>
      <form
        className="token-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (token.trim()) void store()
        }}
      >
        <label htmlFor="connection-token" className="field-label">
          {connection.hasToken ? 'Replace the token' : 'Token'}
        </label>
        <div className="token-input-row">
          <input
            id="connection-token"
            ref={input}
            type="password"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            placeholder="EAAB…"
            value={token}
            disabled={unavailable || busy}
            onChange={(event) => setToken(event.target.value)}
          />
          <Button
            variant="secondary"
            icon="clippy"
            disabled={unavailable || busy}
            onClick={() => void paste()}
          >
            Paste
          </Button>
          <Button type="submit" icon="lock" disabled={unavailable || busy || token.trim() === ''}>
            Save to keychain
          </Button>
          {connection.hasToken ? (
            <Button
              variant="secondary"
              icon="trash"
              disabled={unavailable || busy}
              onClick={async () => setMessage(await removeConnectionToken(context, connection.id))}
            >
              Remove token
            </Button>
          ) : null}
        </div>
      </form>
      {message ? (
        <p className="field-problem error" role="alert">
          {message}
        </p>
      ) : null}
      {unavailable ? (
        <p className="section-note">The keychain is unavailable (see the Connections view).</p>
      ) : null}
    </fieldset>
  )
}
