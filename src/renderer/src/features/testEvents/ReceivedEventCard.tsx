import type { ReceivedTestEvent } from '../../../../shared/contract/testEventsChannels'
import { Codicon } from '../../ui/Codicon'
import { CopyButton } from '../inspector'

function receivedTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString()
}

/** One received event, like a row of Events Manager's Test events tab, opened. */
export function ReceivedEventCard({ event }: { event: ReceivedTestEvent }) {
  return (
    <li className="received-event" data-testid="received-event">
      <div className="received-event-head">
        <strong>{event.eventName ?? '(no event_name)'}</strong>
        {event.channel ? <span className="received-channel">{event.channel}</span> : null}
        <span className="muted">
          received {receivedTime(event.receivedAt)} · test code {event.testEventCode}
        </span>
      </div>
      <div className="received-event-meta">
        <span>
          fbtrace_id <code>{event.fbtraceId}</code>
        </span>
        <CopyButton text={event.fbtraceId} label="Copy fbtrace_id" />
        <span
          className={event.sentByWorkbench ? 'received-source from-workbench' : 'received-source'}
        >
          <Codicon name={event.sentByWorkbench ? 'tools' : 'globe'} />
          {event.sentByWorkbench
            ? 'sent by this Workbench'
            : `sent by another program${event.userAgent ? ` (${event.userAgent})` : ''}`}
        </span>
        {event.eventId ? <span>event_id {event.eventId}</span> : null}
      </div>
      <table className="received-parameters">
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value received</th>
            <th scope="col">Normalized value</th>
          </tr>
        </thead>
        <tbody>
          {event.parameters.map((parameter, index) => (
            <tr key={`${parameter.key}-${index}`}>
              <td>
                <code>{parameter.key}</code>
              </td>
              <td className="received-value">{parameter.value}</td>
              <td>
                {parameter.normalized ?? (
                  <span className="muted">
                    {/^[0-9a-f]{64}$/.test(parameter.value)
                      ? 'hashed elsewhere: unknown here'
                      : 'not hashed'}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  )
}
