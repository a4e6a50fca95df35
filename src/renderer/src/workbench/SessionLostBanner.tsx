import { useEffect, useState } from 'react'
import { onSessionLost, sessionLostCode, type SessionLostCode } from '../api/sessionLost'
import { Codicon } from '../ui/Codicon'

const messages: Record<SessionLostCode, { title: string; detail: string }> = {
  wrong_secret: {
    title: 'The Workbench was restarted, so this tab’s link no longer works.',
    detail:
      'Open the new link the restarted Workbench printed (`npm start` or `capi ui`, it ends in #secret=…). You can paste it into this tab’s address bar. Your drafts are autosaved and come back.',
  },
  missing_secret: {
    title: 'This tab was opened without the Workbench’s link.',
    detail:
      'Open the link that `npm start` or `capi ui` printed (it ends in #secret=…); you can paste it into this tab’s address bar.',
  },
  server_unreachable: {
    title: 'The Workbench server is not answering.',
    detail:
      'Start it again with `npm start` or `capi ui`, then open the new link it prints in this tab. Your drafts are autosaved and come back.',
  },
}

/** Browser mode only: says plainly that the server behind this tab restarted and how to reconnect. */
export function SessionLostBanner() {
  const [code, setCode] = useState<SessionLostCode | undefined>(sessionLostCode)
  useEffect(() => onSessionLost(setCode), [])
  if (!code) return null
  const message = messages[code]
  return (
    <div className="banner banner-error session-lost-banner" role="alert">
      <Codicon name="debug-disconnect" className="banner-icon" />
      <div>
        <p>
          <strong>{message.title}</strong>
        </p>
        <p>{message.detail}</p>
      </div>
    </div>
  )
}
