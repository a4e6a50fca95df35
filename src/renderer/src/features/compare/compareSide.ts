import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { HistoryEntry } from '../../../../shared/contract/historyChannels'
import { parseJsonText } from '../../../../shared/json/parseJsonText'
import type { WorkbenchStore } from '../../state/store'
import { computeBuild, findSampleContact } from '../composer'
import type { InspectedExchange } from '../inspector'
import { timeLabel } from '../history/timeLabel'

/** One side of a comparison, taken when the Compare tab opens (a snapshot, kept with the tab). */
export interface CompareSide {
  /** "History: Purchase · Dec 2, 2026, 13:01:02 · 400", "Draft: Purchase", "Raw Request 2". */
  label: string
  kind: 'history' | 'draft' | 'raw'
  /** The request body as JSON text (numbers as written); absent when there is none. */
  body?: string
  /** The answer as JSON text: `{"status": 400, "body": …}`; absent when not sent yet. */
  answer?: string
  /** The draft it was built from: its hashes are rebuilt to show their normalized values. */
  draft?: EventDraft
  sampleContactId?: string
}

function isJson(text: string): boolean {
  return parseJsonText(text).ok
}

/**
 * A recorded body is JSON, or a form whose `data` is a JSON string (spec §2): the form becomes
 * one JSON object with `data` as JSON, so both kinds compare field by field.
 */
export function requestBodyText(body: string | undefined): string | undefined {
  if (body === undefined || isJson(body)) return body
  const form = new URLSearchParams(body)
  const fields = [...form.entries()].map(([key, value]) => {
    const json = key === 'data' && isJson(value) ? value : JSON.stringify(value)
    return `${JSON.stringify(key)}: ${json}`
  })
  return fields.length > 0 ? `{${fields.join(', ')}}` : JSON.stringify(body)
}

interface Answer {
  status?: number
  rawBody?: string
  body?: unknown
  networkError?: { kind: string; message: string }
}

/** The answer as JSON text; the raw body text is used as it came, so no digit is lost. */
export function answerText(answer: Answer): string {
  const parts = [`"status": ${answer.status ?? 'null'}`]
  if (answer.rawBody !== undefined) {
    parts.push(
      `"body": ${isJson(answer.rawBody) ? answer.rawBody : JSON.stringify(answer.rawBody)}`,
    )
  } else if (answer.body !== undefined) {
    parts.push(`"body": ${JSON.stringify(answer.body)}`)
  }
  if (answer.networkError) parts.push(`"network_error": ${JSON.stringify(answer.networkError)}`)
  return `{${parts.join(', ')}}`
}

export function sideFromHistoryEntry(entry: HistoryEntry): CompareSide {
  const body = requestBodyText(entry.request.body)
  return {
    label: `History: ${entry.eventNames.join(', ') || '(no event)'} · ${timeLabel(entry.time)}${entry.status !== undefined ? ` · ${entry.status}` : ''}`,
    kind: 'history',
    ...(body !== undefined ? { body } : {}),
    answer: answerText(entry.response),
    ...(entry.draft ? { draft: entry.draft } : {}),
  }
}

function exchangeAnswer(exchange: InspectedExchange | undefined): string | undefined {
  if (!exchange) return undefined
  return answerText({
    ...(exchange.status !== undefined ? { status: exchange.status } : {}),
    ...(exchange.rawBody !== undefined ? { rawBody: exchange.rawBody } : {}),
    ...(exchange.json !== undefined ? { body: exchange.json } : {}),
    ...(exchange.networkError ? { networkError: exchange.networkError } : {}),
  })
}

/** The active editor tab as a side: a composer draft (the body it would send) or a raw request. */
export function activeEditorSide(store: WorkbenchStore): CompareSide | undefined {
  const state = store.getState()
  const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId)
  if (!tab) return undefined
  const answer = exchangeAnswer(state.responses[tab.id])
  const composer = state.composerTabs[tab.id]
  if (tab.kind === 'composer' && composer) {
    const connection = state.connections.find((item) => item.id === composer.connectionId)
    const sample = findSampleContact(state, composer.sampleContactId)?.contact
    const build = computeBuild(tab.id, composer.draft, connection, sample)
    return {
      label: `Draft: ${tab.title}`,
      kind: 'draft',
      body: JSON.stringify(build.request.body, null, 2),
      ...(answer !== undefined ? { answer } : {}),
      draft: composer.draft,
      ...(composer.sampleContactId ? { sampleContactId: composer.sampleContactId } : {}),
    }
  }
  const raw = state.rawTabs[tab.id]
  if (tab.kind === 'raw' && raw) {
    return {
      label: tab.title,
      kind: 'raw',
      body: raw.text,
      ...(answer !== undefined ? { answer } : {}),
    }
  }
  return undefined
}
