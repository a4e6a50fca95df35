import { useEffect, useState } from 'react'
import { useApi } from '../../api/ApiContext'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'

/** A send in flight: what it is sent to, how long it has been waiting, and how to cancel it. */
export function SendingNotice({
  requestId,
  startedAt,
  target,
}: {
  requestId: string
  startedAt: number
  target: string
}) {
  const api = useApi()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, (now - startedAt) / 1000)
  return (
    <div className="sending-notice" role="status" data-testid="sending">
      <Codicon name="loading codicon-modifier-spin" />
      <span>
        <strong>Sending…</strong> <span className="mono">{seconds.toFixed(1)} s</span>
      </span>
      <span className="sending-target">{target}</span>
      <Button
        variant="secondary"
        icon="debug-stop"
        title="Cancel the send (Esc)"
        onClick={() => void api['events.cancel']({ requestId })}
      >
        Cancel <kbd className="keybinding button-keybinding">Esc</kbd>
      </Button>
    </div>
  )
}
