import type { Result } from '../result'
import type { ChannelInput, ChannelName, ChannelOutput } from './index'
import type { EventName, EventPayload } from './events'

/** What the renderer sees: one function per channel, plus subscriptions that return an unsubscribe. */
export type WorkbenchApi = {
  [K in ChannelName]: (input?: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}
