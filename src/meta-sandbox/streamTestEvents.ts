import type { ServerResponse } from 'node:http'
import type { SandboxState } from './sandboxContext'
import type { TestEventRecord } from './testEventStore'

const heartbeatMilliseconds = 15_000

/**
 * `GET /_sandbox/events/stream[?test_event_code=CODE]`: the Test events tab as server-sent events.
 * Every stored event for the code (all codes when omitted) first, oldest first, then each new one
 * as it arrives, whoever sent it (the Workbench, curl, a customer's integration pointed here).
 * One `event: test-event` per record, `data` = the record as `/_sandbox/events` lists it.
 */
export function streamTestEvents(
  res: ServerResponse,
  state: SandboxState,
  testEventCode: string | undefined,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  })
  const write = (record: TestEventRecord) => {
    if (testEventCode !== undefined && record.testEventCode !== testEventCode) return
    res.write(`event: test-event\ndata: ${JSON.stringify(record)}\n\n`)
  }
  res.write(': connected\n\n')
  for (const record of state.testEvents.list(testEventCode)) write(record)
  res.write('event: caught-up\ndata: {}\n\n')
  const unsubscribe = state.testEvents.subscribe((records) => records.forEach(write))
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMilliseconds)
  heartbeat.unref()
  res.on('close', () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}
