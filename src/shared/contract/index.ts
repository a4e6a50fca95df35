import type { z } from 'zod'
import { appChannels } from './appChannels'
import { channelNameList, eventNameList } from './channelNameList'
import { events } from './events'
import type { ChannelSpec } from './channel'
import { historyChannels } from './historyChannels'
import { presetsChannels } from './presetsChannels'
import { transferChannels } from './transferChannels'
import { connectionsChannels } from './connectionsChannels'
import { sendChannels } from './sendChannels'
import { testEventsChannels } from './testEventsChannels'
import { assetLinkChannels } from './assetLinkChannels'
import { settingsChannels } from './settingsChannels'
import { contactsChannels } from './contactsChannels'

/**
 * The cross-process contract: every channel once. Main implements it (a handler table), the
 * preload and browser mode expose one function per channel, the renderer calls it through `api`.
 * Each domain keeps its channels in its own file; add the file's object here.
 */
export const contract = {
  ...appChannels,
  ...presetsChannels,
  ...historyChannels,
  ...transferChannels,
  ...connectionsChannels,
  ...sendChannels,
  ...testEventsChannels,
  ...assetLinkChannels,
  ...settingsChannels,
  ...contactsChannels,
} satisfies Record<string, ChannelSpec>

export type Contract = typeof contract
export type ChannelName = keyof Contract
/** What the renderer may pass (before the schema's defaults and transforms): the WorkbenchApi. */
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>
/** What a handler receives: the input after the dispatcher parsed it (defaults applied). */
export type ParsedChannelInput<K extends ChannelName> = z.output<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = z.infer<Contract[K]['output']>

export const channelNames = Object.keys(contract) as ChannelName[]

/** Compile-time check: the preload's plain name lists name exactly the contract's channels and events. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const channelListMatches: SameSet<(typeof channelNameList)[number], ChannelName> = true
const eventListMatches: SameSet<(typeof eventNameList)[number], keyof typeof events> = true
void channelListMatches
void eventListMatches

/** Push events from main to the renderer (subscriptions). Name → payload schema. */
export { events, eventNames } from './events'
export type { EventName, EventPayload } from './events'
export { channel, noInput } from './channel'
export type { ChannelSpec } from './channel'
