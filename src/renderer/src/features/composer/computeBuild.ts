import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import { nobleSha256 } from '../../../../shared/capi/normalize/nobleSha256'
import { buildEventRequest } from '../../../../shared/capi/request/buildEventRequest'
import {
  connectionTarget,
  defaultApiVersion,
  type ConnectionView,
} from '../../../../shared/connections/connectionSchema'
import { channelInfo } from '../../../../shared/capi/model/channels'
import { assetIdOrigin } from './draftUpdates'
import type { VariableSource } from '../../../../shared/capi/variables/resolveVariables'

export type BuiltRequest = ReturnType<typeof buildEventRequest>
export type DraftProblem = BuiltRequest['problems'][number]

export interface ComposerBuild {
  request: BuiltRequest
  /** The restricted-region findings (asset country, customer phone), for the banner. */
  regionWarnings: DraftProblem[]
  /** Problems sorted errors first (region warnings included), for the fields and the panel. */
  problems: DraftProblem[]
  /** Milliseconds the last recompute took (build + region check). */
  elapsedMs: number
}

/** The connection as the request builder wants it; a placeholder until one is chosen. */
export function buildTarget(connection: ConnectionView | undefined) {
  if (!connection) {
    return {
      datasetId: '',
      apiVersion: defaultApiVersion,
      endpoint: 'https://graph.facebook.com',
      assets: [],
    }
  }
  return connectionTarget(connection)
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const

interface CacheKey {
  draft: EventDraft
  connection: ConnectionView | undefined
  sample: VariableSource | undefined
}
let measures = 0
/** Keeps the last few hundred `capi-preview` entries for `npm run bench:ui`, no more. */
function recordTiming(start: number, duration: number): void {
  if (typeof performance.measure !== 'function') return
  if (++measures > 500) {
    performance.clearMeasures('capi-preview')
    measures = 1
  }
  performance.measure('capi-preview', { start, duration })
}

const cache = new Map<string, { key: CacheKey; build: ComposerBuild }>()

/**
 * Builds the exact request the draft becomes (hashes included) and its problems. Memoized per tab
 * on the identity of its inputs, so the preview, the inline problems and the Problems panel share
 * one computation per keystroke. Each recompute is recorded as a `capi-preview` performance entry.
 */
export function computeBuild(
  tabId: string,
  draft: EventDraft,
  connection: ConnectionView | undefined,
  /** The tab's sample contact (its identity is part of the memo key). */
  sample: VariableSource | undefined,
): ComposerBuild {
  const cached = cache.get(tabId)
  if (
    cached &&
    cached.key.draft === draft &&
    cached.key.connection === connection &&
    cached.key.sample === sample
  ) {
    return cached.build
  }
  const started = performance.now()
  const target = buildTarget(connection)
  const request = buildEventRequest(draft, target, {
    now: new Date(),
    sha256: nobleSha256,
    ...(sample ? { contact: sample.contact, workflow: sample.workflow } : {}),
  })
  const mismatch = assetMismatch(draft, connection)
  const problems = [...request.problems.map(forTheApp), ...(mismatch ? [mismatch] : [])].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity],
  )
  const warnings = problems.filter((problem) => problem.code.startsWith('region.'))
  const elapsedMs = performance.now() - started
  recordTiming(started, elapsedMs)
  const build = { request, regionWarnings: warnings, problems, elapsedMs }
  cache.set(tabId, { key: { draft, connection, sample }, build })
  return build
}

export function forgetBuild(tabId: string): void {
  cache.delete(tabId)
}

/** The shared builder also serves the CLI: its "(or pass --dataset)" advice has no place here. */
function forTheApp(problem: DraftProblem): DraftProblem {
  const fix = problem.fix.replace(/\s*\(or pass --[a-z-]+[^)]*\)/g, '')
  return fix === problem.fix ? problem : { ...problem, fix }
}

/**
 * A channel asset ID the person typed that is not the chosen connection's asset: the event would
 * be attributed to an account the connection was not set up for (usually a leftover after
 * switching connection). A warning that names both.
 */
export function assetMismatch(
  draft: EventDraft,
  connection: ConnectionView | undefined,
): DraftProblem | undefined {
  if (!connection) return undefined
  const origin = assetIdOrigin(draft, connection)
  if (origin.kind !== 'typed') return undefined
  const info = channelInfo[draft.channel]
  const value = draft.ids[info.assetIdKey] ?? ''
  return {
    path: `ids.${info.assetIdKey}`,
    severity: 'warning',
    code: 'connection.asset_mismatch',
    message: origin.connectionAssetId
      ? `${value} is not an asset of the connection "${connection.name}": its ${info.assetLabel} is ${origin.connectionAssetId}.`
      : `${value} is not an asset of the connection "${connection.name}", which has no ${info.assetLabel}.`,
    fix: origin.connectionAssetId
      ? `Use ${origin.connectionAssetId} (empty the field to take it from the connection), or choose the connection this ID belongs to.`
      : `Add the ${info.assetLabel} to "${connection.name}" in the Connections view, or choose the connection this ID belongs to.`,
  }
}
