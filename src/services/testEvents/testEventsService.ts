import type { ConnectionView } from '../../shared/connections/connectionSchema'
import type { TestEventsReceived } from '../../shared/contract/testEventsChannels'
import { AppError } from '../../shared/result'
import type { RecentHashes } from './recentHashes'
import { toReceivedTestEvent } from './toReceivedTestEvent'

export interface TestEventsServiceOptions {
  connections: { get(id: string): Promise<ConnectionView> }
  hashes: RecentHashes
  /** Pushes `testEvents.received` to the renderer (the EventBus). */
  emit: (payload: TestEventsReceived) => void
  fetch?: typeof fetch
}

/** Splits a server-sent event stream into `{ event, data }` blocks. */
export function* parseEventBlocks(buffer: {
  text: string
}): Generator<{ event: string; data: string }> {
  let end: number
  while ((end = buffer.text.indexOf('\n\n')) >= 0) {
    const block = buffer.text.slice(0, end)
    buffer.text = buffer.text.slice(end + 2)
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
    }
    if (data.length > 0) yield { event, data: data.join('\n') }
  }
}

/**
 * The Test events view's feed: for a sandbox connection, reads the sandbox's
 * `/_sandbox/events/stream` and pushes each received event (by any program) to the renderer,
 * annotated with the normalized values of the Workbench's own hashes. The renderer never talks to
 * the sandbox itself. Meta has no such stream: its Test events tab is in Events Manager.
 */
export class TestEventsService {
  private readonly watches = new Map<string, AbortController>()

  constructor(private readonly options: TestEventsServiceOptions) {}

  async watch(input: {
    watchId: string
    connectionId: string
    testEventCode?: string | undefined
  }): Promise<{ watchId: string; datasetId: string; endpoint: string }> {
    const connection = await this.options.connections.get(input.connectionId)
    if (connection.endpoint.kind !== 'sandbox') {
      throw new AppError(
        'not_sandbox',
        `"${connection.name}" sends to ${connection.endpoint.kind === 'meta' ? 'Meta' : 'a custom endpoint'}: its test events are in Meta Events Manager → Data sources → dataset ${connection.datasetId} → Test events.`,
      )
    }
    this.unwatch(input.watchId)
    const controller = new AbortController()
    const code = input.testEventCode?.trim()
    const url = `${connection.endpoint.url}/_sandbox/events/stream${code ? `?test_event_code=${encodeURIComponent(code)}` : ''}`
    let response: Response
    try {
      response = await (this.options.fetch ?? fetch)(url, { signal: controller.signal })
    } catch {
      throw new AppError(
        'sandbox_unreachable',
        `The sandbox at ${connection.endpoint.url} does not answer. Start it with capi sandbox (or npm run sandbox).`,
      )
    }
    if (!response.ok || response.body === null) {
      throw new AppError(
        'sandbox_unreachable',
        `The sandbox at ${connection.endpoint.url} has no Test events stream (HTTP ${response.status}).`,
      )
    }
    this.watches.set(input.watchId, controller)
    void this.pump(input.watchId, response.body, controller)
    return {
      watchId: input.watchId,
      datasetId: connection.datasetId,
      endpoint: connection.endpoint.url,
    }
  }

  unwatch(watchId: string): { stopped: boolean } {
    const controller = this.watches.get(watchId)
    if (!controller) return { stopped: false }
    this.watches.delete(watchId)
    controller.abort()
    return { stopped: true }
  }

  /** Stops every watch (the app or browser mode is closing). */
  close(): void {
    for (const watchId of [...this.watches.keys()]) this.unwatch(watchId)
  }

  private async pump(
    watchId: string,
    body: ReadableStream<Uint8Array>,
    controller: AbortController,
  ): Promise<void> {
    const decoder = new TextDecoder()
    const buffer = { text: '' }
    const reader = body.getReader()
    let ended = 'The sandbox closed the stream.'
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer.text += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n')
        const events = []
        let caughtUp = false
        for (const block of parseEventBlocks(buffer)) {
          if (block.event === 'caught-up') caughtUp = true
          if (block.event !== 'test-event') continue
          try {
            const received = toReceivedTestEvent(JSON.parse(block.data), this.options.hashes)
            if (received) events.push(received)
          } catch {
            // A malformed block is skipped; the stream goes on.
          }
        }
        if (events.length > 0 || caughtUp) {
          this.options.emit({ watchId, events, ...(caughtUp ? { caughtUp } : {}) })
        }
      }
    } catch {
      ended = 'The connection to the sandbox was lost.'
    }
    if (controller.signal.aborted) return
    this.watches.delete(watchId)
    this.options.emit({ watchId, events: [], ended })
  }
}
