import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract'

/**
 * Every channel's implementation: a plain object of async functions, no Electron import, so it can
 * be served over Electron IPC, browser-mode HTTP and the E2E harness alike. Inputs arrive already
 * parsed by the contract's schema.
 */
export type HandlerTable = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>
}

/** A part of the table, one per domain; the composition root merges them. */
export type PartialHandlerTable<K extends ChannelName> = Pick<HandlerTable, K>
