import { events, type EventName, type EventPayload } from '../shared/contract/events'

export type EventListener = (name: EventName, payload: unknown) => void

/**
 * Main → renderer notifications. Services emit; each transport (Electron IPC, browser-mode SSE,
 * the E2E harness) subscribes once and forwards. Payloads are checked against the contract.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].parse(payload)
    for (const listener of this.listeners) listener(name, checked)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
