import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { TestEventsService } from './testEventsService'

/** The `testEvents.*` channels: start and stop a live watch of the sandbox's Test events. */
export function createTestEventsHandlers(
  service: TestEventsService,
): PartialHandlerTable<'testEvents.watch' | 'testEvents.unwatch'> {
  return {
    'testEvents.watch': (input) => service.watch(input),
    'testEvents.unwatch': ({ watchId }) => service.unwatch(watchId),
  }
}
