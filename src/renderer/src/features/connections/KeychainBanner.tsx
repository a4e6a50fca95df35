import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { refreshKeychainStatus } from './connectionActions'

/** Shown wherever tokens matter when the OS keychain cannot be used; never offers a file instead. */
export function KeychainBanner() {
  const api = useApi()
  const status = useWorkbenchStore((state) => state.keychainStatus)
  if (!status || status.available) return null
  return (
    <div className="banner banner-error keychain-banner" role="alert">
      <Codicon name="lock" className="banner-icon" />
      <div>
        <p>
          <strong>Keychain unavailable.</strong> Tokens cannot be stored or used until it works; the
          Workbench never keeps a token in a file.
        </p>
        {status.problem ? <p>{status.problem}</p> : null}
        {status.fix ? <p className="banner-fix">{status.fix}</p> : null}
        <Button
          variant="secondary"
          className="button-small"
          icon="refresh"
          onClick={() => void refreshKeychainStatus({ store: useWorkbenchStore, api })}
        >
          Check again
        </Button>
      </div>
    </div>
  )
}
