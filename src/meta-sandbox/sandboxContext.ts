import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FindFirstFailure, ToGraphErrorBody } from '../shared/capi/rules/ruleTypes'
import type { GraphAnswer } from './graphResponses'
import type { ParsedPayload } from './readGraphRequest'
import type { ReceivedFaultMode } from './sandboxFixtures'
import type { SandboxWorld } from './sandboxWorld'
import type { TestEventStore } from './testEventStore'

/** What every route handler shares: the world, the store, the clock and the rule table. */
export interface SandboxState {
  world: SandboxWorld
  testEvents: TestEventStore
  /** Milliseconds since the epoch (injected clock). */
  now: () => number
  findFirstFailure: FindFirstFailure
  toGraphErrorBody: ToGraphErrorBody
}

/** One Graph request, read and parsed. */
export interface GraphRequest {
  req: IncomingMessage
  res: ServerResponse
  method: string
  url: URL
  /** Path segments after the version, e.g. `['123456789012345', 'events']`. */
  segments: string[]
  version: string
  answer: GraphAnswer
  payload: ParsedPayload
  token: string | undefined
  /** Fault mode `zero-received` / `partial-received`: checked as usual, then fewer events counted. */
  receivedFault?: ReceivedFaultMode
}
