import type { ServerResponse } from 'node:http'
import type { EventBus } from '../services/eventBus'
import { writeHead } from './responses'

const heartbeatMilliseconds = 20_000

/**
 * `GET /api/events`: the EventBus as server-sent events (`event: <name>`, `data: <json>`), with a
 * comment line every 20 s so proxies and the client notice a dead connection. The guard has already
 * checked Host, Origin and the secret header. Returns a function that ends the stream.
 */
export function openEventStream(res: ServerResponse, eventBus: EventBus): () => void {
  writeHead(res, 200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const unsubscribe = eventBus.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMilliseconds)
  heartbeat.unref()
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    clearInterval(heartbeat)
    unsubscribe()
    res.end()
  }
  res.on('close', end)
  return end
}
