import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { SendService } from './sendService'

/** The `events.*` channels: one test event from a draft or a raw body, and cancelling it. */
export function createSendHandlers(
  service: SendService,
): PartialHandlerTable<'events.send' | 'events.sendRaw' | 'events.cancel'> {
  return {
    // The dispatcher has parsed the input already (handlers are typed with the parsed shape).
    'events.send': (input) => service.send(input),
    'events.sendRaw': (input) => service.sendRaw(input),
    'events.cancel': ({ requestId }) => service.cancel(requestId),
  }
}
