import { eventsPath, secretHeaderName } from '../../../shared/browserMode'
import type { SecretProvider } from './fragmentSecret'
import type { FetchLike } from './httpApi'
import { createServerSentEventParser } from './parseServerSentEvents'

type Listener = (payload: unknown) => void

const firstRetryMilliseconds = 1000
const longestRetryMilliseconds = 15_000

function pause(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/**
 * One streamed `GET /api/events` shared by every listener: opened with the first listener, closed
 * with the last, reopened with backoff when the server goes away (a restart gets a new secret, so
 * the page must then be reopened from the printed link; the stream keeps trying meanwhile).
 */
export function createEventSubscriptions(
  baseUrl: string,
  secretProvider: SecretProvider,
  fetchImpl: FetchLike,
) {
  const listeners = new Map<string, Set<Listener>>()
  let controller: AbortController | undefined

  function deliver(event: string, data: string): void {
    const set = listeners.get(event)
    if (!set) return
    let payload: unknown
    try {
      payload = JSON.parse(data)
    } catch {
      return
    }
    for (const listener of [...set]) listener(payload)
  }

  async function readOnce(signal: AbortSignal): Promise<boolean> {
    const response = await fetchImpl(`${baseUrl}${eventsPath}`, {
      headers: { accept: 'text/event-stream', [secretHeaderName]: secretProvider() ?? '' },
      cache: 'no-store',
      credentials: 'omit',
      signal,
    })
    if (!response.ok || !response.body) return false
    const reader = response.body.getReader()
    const decoder = new TextDecoder()
    const parse = createServerSentEventParser()
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return true
      for (const event of parse(decoder.decode(value, { stream: true }))) {
        deliver(event.event, event.data)
      }
    }
  }

  async function run(signal: AbortSignal): Promise<void> {
    let delay = firstRetryMilliseconds
    while (!signal.aborted) {
      try {
        if (await readOnce(signal)) delay = firstRetryMilliseconds
      } catch {
        // network error or abort: retry below unless stopped
      }
      if (signal.aborted) return
      await pause(delay, signal)
      delay = Math.min(delay * 2, longestRetryMilliseconds)
    }
  }

  function listenerCount(): number {
    let count = 0
    for (const set of listeners.values()) count += set.size
    return count
  }

  return {
    add(event: string, listener: Listener): () => void {
      const set = listeners.get(event) ?? new Set<Listener>()
      listeners.set(event, set)
      set.add(listener)
      if (!controller) {
        controller = new AbortController()
        void run(controller.signal)
      }
      return () => {
        set.delete(listener)
        if (listenerCount() === 0 && controller) {
          controller.abort()
          controller = undefined
        }
      }
    },
  }
}
