import type { ChannelName, ChannelOutput, ParsedChannelInput } from '../../shared/contract'

/**
 * Every channel's implementation: a plain object of async functions, no Electron import, so it can
 * be served over Electron IPC, browser-mode HTTP and the E2E harness alike. Inputs arrive already
 * parsed by the contract's schema, so
 * a handler is typed with the schema's output (defaults applied), never parses again.
 */
export type HandlerTable = {
  [K in ChannelName]: (input: ParsedChannelInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>
}

/** A part of the table, one per domain; the composition root merges them. */
export type PartialHandlerTable<K extends ChannelName> = Pick<HandlerTable, K>
