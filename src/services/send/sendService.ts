import type { EventDraft } from '../../shared/capi/model/eventDraft'
import { bodyRegionWarnings } from '../../shared/capi/regions/regionWarnings'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import type { ConnectionTarget } from '../../shared/capi/request/requestTypes'
import { validateRequestBody } from '../../shared/capi/rules'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import { type SendResult, slowAnswerMs } from '../../shared/capi/sendResult'
import type { AcceptedMatch } from '../../shared/contract/historyChannels'
import type { RawSendOutput, SendOutput } from '../../shared/contract/sendChannels'
import type { SendProgress } from '../../shared/contract/sendProgress'
import { connectionTarget } from '../../shared/connections/connectionSchema'
import { redactDeep, redactRawText, redactRequest, redactToken } from '../../shared/redact'
import { parse as parseLossless, stringify as stringifyLossless } from 'lossless-json'
import { prepareRawBody } from '../../shared/capi/request/prepareRawBody'
import { lineColumn } from '../../shared/json/jsonLocations'
import { AppError } from '../../shared/result'
import type { StoredConnection } from '../connections/connectionDocument'
import type { EventBus } from '../eventBus'
import type { RecordSendInput } from '../history/historyStore'
import { sendGate } from '../../shared/capi/request/sendGate'

/** What the send service needs of the connections service: the connection, its base URL, the token. */
export interface CredentialSource {
  credentialsFor(
    id: string,
  ): Promise<{ connection: StoredConnection; baseUrl: string; token: string }>
}

/** The Graph client's send (src/services/graph/graphClient.ts). */
export interface EventsSender {
  sendEvents(input: {
    baseUrl: string
    version: string
    datasetId: string
    token: string
    body: unknown
    headers?: Record<string, string>
    signal?: AbortSignal
    timeoutMs?: number
  }): Promise<SendResult>
}

export interface HistoryRecorder {
  record(input: RecordSendInput): Promise<{ id: string }>
  /** The duplicate guard: earlier accepted (or unknown-outcome) sends of the body's events. */
  findAccepted(body: unknown): Promise<{ matches: AcceptedMatch[] }>
}

export interface SendServiceOptions {
  connections: CredentialSource
  graph: EventsSender
  history: HistoryRecorder
  now: () => Date
  /** nodeSha256 from src/services/hashing/nodeSha256.ts. */
  sha256: (text: string) => string
  eventBus?: EventBus
  /** Told the hashed customer values of each request it sends (the Test events view's memory). */
  onBuilt?: (hashed: readonly { hash: string; normalized: string }[]) => void
  /** The send timeout when a tab sets none (the settings' `send.timeoutMs`). */
  defaultTimeoutMs?: () => number | undefined
  /** Answers slower than this are flagged `slow` (the settings' `send.slowThresholdMs`). */
  slowThresholdMs?: () => number | undefined
}

/** Where a send goes and with which token: a stored connection's, or one given on the command line. */
export interface SendTarget {
  baseUrl: string
  datasetId: string
  version: string
  token: string
  /** The connection's assets (country per asset), for the restricted-region warnings. */
  assets?: ConnectionTarget['assets']
  /** Recorded in the history when the target is a stored connection. */
  connectionName?: string
}

/** A request ready to send: Meta's body, what the validator found, notes for the person. */
export interface PreparedSend {
  /** An object, or JSON text sent byte for byte (a raw body left unchanged). */
  body: unknown
  problems: Problem[]
  notes: string[]
  /** The draft it was built from (kept in the history to re-open it). */
  draft?: EventDraft
  /** Credentials cut out of a raw body before sending (`access_token`, `appsecret_proof`). */
  removed?: string[]
}

/** What the person decided before the send: each one lifts one of the gate's refusals. */
export interface SendPermissions {
  /** Send although the validator found errors (the CLI's --force). */
  force?: boolean
  /** A send without a test event code counts as real data. */
  confirmNoTestCode?: boolean
  /** Send although the same event was already accepted. */
  allowDuplicate?: boolean
}

export interface SendRequest extends Omit<SendPermissions, 'force'> {
  draft: EventDraft
  connectionId: string
  contact?: Record<string, unknown>
  workflow?: Record<string, unknown>
  presetId?: string
  requestId?: string
  /** Per-tab send settings: extra request headers and the total timeout. */
  headers?: Record<string, string>
  timeoutMs?: number
}

/** The raw request editor's send: a Meta body as text, sent like `capi send --raw`. */
export interface RawSendRequest extends Omit<SendPermissions, 'force'> {
  body: string
  connectionId: string
  presetId?: string
  requestId?: string
  headers?: Record<string, string>
  timeoutMs?: number
}

export interface DeliverOptions {
  requestId?: string
  presetId?: string
  /** Extra request headers (e.g. the sandbox's `x-sandbox-fault`). */
  headers?: Record<string, string>
  /** The total time the send may take; the settings' default otherwise. */
  timeoutMs?: number
  /** Aborts the send from outside (the CLI's Ctrl+C); `cancel(requestId)` works too. */
  signal?: AbortSignal
}

/**
 * Every send, from the app, browser mode and `capi send` alike: builds the request (a draft) or
 * checks it (a raw body), passes the gate (errors, test event code, the duplicate guard), sends
 * through the Graph client, records the attempt in the history and returns the result. The token
 * never leaves this service.
 */
export class SendService {
  private readonly inFlight = new Map<string, AbortController>()

  constructor(private readonly options: SendServiceOptions) {}

  /** The app's send: a draft through a stored connection. */
  async send(request: SendRequest): Promise<SendOutput> {
    const requestId = request.requestId ?? `send-${this.options.now().getTime()}`
    this.progress(requestId, 'building', 'Building the request')
    const target = await this.targetOf(request.connectionId)
    const prepared = this.prepareDraft(request.draft, target, request)
    await this.check(prepared, request)
    return this.deliver(target, prepared, {
      requestId,
      ...(request.presetId ? { presetId: request.presetId } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    })
  }

  /**
   * The raw request editor's send, exactly like `capi send --raw`: the text must parse as a JSON
   * object; `access_token` / `appsecret_proof` are cut out (and named in `removed`); the same gate
   * (validator errors, test-code confirmation, duplicate guard) applies; the rest of the text goes
   * to Meta byte for byte.
   */
  async sendRaw(request: RawSendRequest): Promise<RawSendOutput> {
    const requestId = request.requestId ?? `send-${this.options.now().getTime()}`
    this.progress(requestId, 'building', 'Checking the raw body')
    const target = await this.targetOf(request.connectionId)
    const prepared = this.prepareRaw({ text: request.body }, target)
    await this.check(prepared, request)
    const output = await this.deliver(target, prepared, {
      requestId,
      ...(request.presetId ? { presetId: request.presetId } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    })
    return { ...output, removed: prepared.removed ?? [] }
  }

  /** A stored connection as a send target, with its token from the keychain. */
  private async targetOf(connectionId: string): Promise<SendTarget> {
    const { connection, baseUrl, token } =
      await this.options.connections.credentialsFor(connectionId)
    const stored = connectionTarget(connection)
    return {
      baseUrl,
      datasetId: connection.datasetId,
      version: connection.apiVersion,
      token,
      ...(stored.assets ? { assets: stored.assets } : {}),
      connectionName: connection.name,
    }
  }

  /** The exact request a draft becomes for this target (hashes included) and its problems. */
  prepareDraft(
    draft: EventDraft,
    target: Omit<SendTarget, 'token'>,
    samples: { contact?: Record<string, unknown>; workflow?: Record<string, unknown> } = {},
  ): PreparedSend {
    const built = buildEventRequest(
      draft,
      {
        datasetId: target.datasetId,
        apiVersion: target.version,
        endpoint: target.baseUrl,
        ...(target.assets ? { assets: target.assets } : {}),
      },
      {
        now: this.options.now(),
        sha256: this.options.sha256,
        ...(samples.contact || samples.workflow
          ? { contact: samples.contact ?? {}, workflow: samples.workflow ?? {} }
          : {}),
      },
    )
    // What the Workbench hashed, so the Test events view can show the normalized values.
    this.options.onBuilt?.(built.hashed)
    return { body: built.body, problems: built.problems, notes: [], draft }
  }

  /**
   * A Meta body as found in a customer's logs: a token or appsecret_proof in it is cut out of the
   * text, the test event code given replaces its own, and it is checked by the same rule table as
   * drafts (and the connection's restricted assets). Every other byte is sent as written: big
   * integers, number formatting and key order reach Meta untouched.
   */
  prepareRaw(
    file: { text: string },
    target: Omit<SendTarget, 'token'>,
    testEventCode?: string,
  ): PreparedSend {
    const prepared = prepareRawBody(file.text)
    if (!prepared.ok) {
      const { line, column } = lineColumn(file.text, prepared.offset)
      throw new AppError(prepared.code, `${prepared.message} (line ${line}, column ${column}).`)
    }
    const notes = prepared.removed.map(
      (key) =>
        `removed ${key} from the body: the token comes from the keychain or --token-env only.`,
    )
    let text = prepared.text
    let body: Record<string, unknown> = prepared.value
    if (testEventCode !== undefined) {
      // lossless-json keeps every number's digits as written when the text must change.
      const lossless = parseLossless(text) as Record<string, unknown>
      lossless.test_event_code = testEventCode
      text = stringifyLossless(lossless) ?? text
      body = { ...body, test_event_code: testEventCode }
    }
    const problems = [
      ...validateRequestBody(body, {
        nowSeconds: Math.floor(this.options.now().getTime() / 1000),
        version: target.version,
        datasetId: target.datasetId,
        token: 'valid',
      }),
      ...bodyRegionWarnings(body, target),
    ]
    return { body: text, problems, notes, removed: prepared.removed }
  }

  /**
   * The gate before anything is sent (sendGate.ts): errors, the test event code and the
   * duplicate guard. Throws the refusal; returns the earlier attempts whose outcome is unknown.
   */
  async check(prepared: PreparedSend, permissions: SendPermissions): Promise<AcceptedMatch[]> {
    const object = typeof prepared.body === 'string' ? parseJson(prepared.body) : prepared.body
    const duplicates = await this.options.history.findAccepted(object)
    return sendGate(prepared.problems, object, duplicates.matches, permissions)
  }

  /** Sends a prepared request, records the attempt in the history (whatever happened) and returns it. */
  async deliver(
    target: SendTarget,
    prepared: PreparedSend,
    options: DeliverOptions = {},
  ): Promise<SendOutput> {
    const requestId = options.requestId ?? `send-${this.options.now().getTime()}`
    const controller = new AbortController()
    const abort = () => controller.abort()
    options.signal?.addEventListener('abort', abort, { once: true })
    this.inFlight.set(requestId, controller)
    this.progress(requestId, 'sending', `Sending to ${target.baseUrl}`)
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs?.()
    let result: SendResult
    try {
      result = await this.options.graph.sendEvents({
        baseUrl: target.baseUrl,
        version: target.version,
        datasetId: target.datasetId,
        token: target.token,
        body: prepared.body,
        ...(options.headers && Object.keys(options.headers).length > 0
          ? { headers: options.headers }
          : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
        signal: controller.signal,
      })
    } finally {
      this.inFlight.delete(requestId)
      options.signal?.removeEventListener('abort', abort)
    }
    const safe = scrub(result, target.token)
    const slowMs = this.options.slowThresholdMs?.() ?? slowAnswerMs
    safe.slow = safe.timing.totalMs > slowMs
    safe.slowThresholdMs = slowMs
    this.progress(requestId, 'recording', 'Recording the send in the history')
    const output: SendOutput = { ...safe }
    try {
      const entry = await this.options.history.record({
        ...(target.connectionName ? { connectionName: target.connectionName } : {}),
        endpoint: target.baseUrl,
        datasetId: target.datasetId,
        apiVersion: target.version,
        ...(prepared.draft ? { draft: prepared.draft } : {}),
        result: safe,
        ...(options.presetId ? { presetId: options.presetId } : {}),
      })
      output.historyId = entry.id
    } catch (error) {
      output.historyError =
        error instanceof AppError ? error.message : 'The send could not be recorded in the history.'
    }
    const cancelled = safe.networkError?.kind === 'cancelled'
    this.progress(requestId, cancelled ? 'cancelled' : 'done', cancelled ? 'Cancelled' : 'Done')
    return output
  }

  /** Aborts a send in flight; false when nothing with that id is running. */
  cancel(requestId: string): { cancelled: boolean } {
    const controller = this.inFlight.get(requestId)
    if (!controller) return { cancelled: false }
    controller.abort()
    return { cancelled: true }
  }

  private progress(requestId: string, phase: SendProgress['phase'], message: string): void {
    this.options.eventBus?.emit('send.progress', { requestId, phase, message })
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

/** The client redacts already; this second pass makes sure no form of the token is returned. */
function scrub(result: SendResult, token: string): SendResult {
  const headers = Object.fromEntries(
    Object.entries(result.headers).map(([name, value]) => [name, redactToken(value, token)]),
  )
  const scrubbed: SendResult = {
    ...result,
    request: redactRequest(result.request, token),
    headers,
  }
  if (result.rawBody !== undefined) scrubbed.rawBody = redactRawText(result.rawBody, token)
  if (result.json !== undefined) scrubbed.json = redactDeep(result.json, token)
  if (result.explanation !== undefined) scrubbed.explanation = redactDeep(result.explanation, token)
  if (result.networkError !== undefined) {
    scrubbed.networkError = {
      ...result.networkError,
      message: redactToken(result.networkError.message, token),
    }
  }
  return scrubbed
}
