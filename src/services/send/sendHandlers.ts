import { RawSendInput, SendInput } from '../../shared/contract/sendChannels'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { SendService } from './sendService'

/** The `events.*` channels: one test event from a draft or a raw body, and cancelling it. */
export function createSendHandlers(
  service: SendService,
): PartialHandlerTable<'events.send' | 'events.sendRaw' | 'events.cancel'> {
  return {
    // The dispatcher has parsed the input already; parsing again gives the defaulted (output) type.
    'events.send': (input) => service.send(SendInput.parse(input)),
    'events.sendRaw': (input) => service.sendRaw(RawSendInput.parse(input)),
    'events.cancel': ({ requestId }) => service.cancel(requestId),
  }
}
