import type { EventDraft } from '../../shared/capi/model/eventDraft'
import { restrictedAssetWarnings } from '../../shared/capi/regions/restrictedAssetWarnings'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import { prepareRawBody } from '../../shared/capi/request/prepareRawBody'
import { validateRequestBody } from '../../shared/capi/rules/validateRequestBody'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import { lineColumn } from '../../shared/json/jsonLocations'
import type { SendResult } from '../../shared/capi/sendResult'
import type { RawSendOutput, SendOutput } from '../../shared/contract/sendChannels'
import type { SendProgress } from '../../shared/contract/sendProgress'
import { connectionTarget } from '../../shared/connections/connectionSchema'
import { redactRequest, redactToken } from '../../shared/redact'
import { AppError } from '../../shared/result'
import type { StoredConnection } from '../connections/connectionDocument'
import type { EventBus } from '../eventBus'
import type { RecordSendInput } from '../history/historyStore'

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
    signal?: AbortSignal
    headers?: Record<string, string>
    timeoutMs?: number
  }): Promise<SendResult>
}

export interface HistoryRecorder {
  record(input: RecordSendInput): Promise<{ id: string }>
}

export interface SendServiceOptions {
  connections: CredentialSource
  graph: EventsSender
  history: HistoryRecorder
  now: () => Date
  /** nodeSha256 from src/services/hashing/nodeSha256.ts. */
  sha256: (text: string) => string
  eventBus?: EventBus
  /** The send timeout when a tab sets none (the settings' `send.timeoutMs`). */
  defaultTimeoutMs?: () => number | undefined
  /** Answers slower than this are flagged `slow` (the settings' `send.slowThresholdMs`). */
  slowThresholdMs?: () => number | undefined
}

export interface SendRequest {
  draft: EventDraft
  connectionId: string
  contact?: Record<string, unknown>
  workflow?: Record<string, unknown>
  confirmNoTestCode?: boolean
  presetId?: string
  requestId?: string
  headers?: Record<string, string>
  timeoutMs?: number
}

export interface RawSendRequest {
  body: string
  connectionId: string
  confirmNoTestCode?: boolean
  requestId?: string
  headers?: Record<string, string>
  timeoutMs?: number
}

interface Delivery {
  requestId: string
  credentials: Awaited<ReturnType<CredentialSource['credentialsFor']>>
  body: unknown
  draft?: EventDraft
  presetId?: string
  headers?: Record<string, string>
  timeoutMs?: number
}

function hasTestEventCode(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const code = (body as Record<string, unknown>).test_event_code
  return typeof code === 'string' && code.trim() !== ''
}

/**
 * One-click test events. Main builds the request from the draft (what main builds is what is
 * sent, whatever the renderer previewed), refuses drafts with errors and sends without a test
 * event code unless confirmed, reads the token from the keychain, sends through the Graph client,
 * records the history entry and returns the result. The token never leaves this function.
 */
export class SendService {
  private readonly inFlight = new Map<string, AbortController>()

  constructor(private readonly options: SendServiceOptions) {}

  async send(request: SendRequest): Promise<SendOutput> {
    const requestId = request.requestId ?? `send-${this.options.now().getTime()}`
    this.progress(requestId, 'building', 'Building the request')
    const { connection, baseUrl, token } = await this.options.connections.credentialsFor(
      request.connectionId,
    )
    const built = buildEventRequest(request.draft, connectionTarget(connection), {
      now: this.options.now(),
      sha256: this.options.sha256,
      ...(request.contact || request.workflow
        ? { contact: request.contact ?? {}, workflow: request.workflow ?? {} }
        : {}),
    })
    refuseErrors(built.problems, 'The event')
    if (!hasTestEventCode(built.body) && !request.confirmNoTestCode) throw confirmationNeeded()
    return this.deliver({
      requestId,
      credentials: { connection, baseUrl, token },
      body: built.body,
      draft: request.draft,
      ...(request.presetId ? { presetId: request.presetId } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    })
  }

  /**
   * The raw request editor's send, exactly like `capi send --raw`: the text must parse as a JSON
   * object; `access_token` / `appsecret_proof` are cut out (and named in `removed`); the validator's
   * errors refuse the send; the rest of the text goes to Meta byte for byte.
   */
  async sendRaw(request: RawSendRequest): Promise<RawSendOutput> {
    const requestId = request.requestId ?? `send-${this.options.now().getTime()}`
    this.progress(requestId, 'building', 'Checking the raw body')
    const prepared = prepareRawBody(request.body)
    if (!prepared.ok) {
      const { line, column } = lineColumn(request.body, prepared.offset)
      throw new AppError(prepared.code, `${prepared.message} (line ${line}, column ${column}).`)
    }
    const credentials = await this.options.connections.credentialsFor(request.connectionId)
    const target = connectionTarget(credentials.connection)
    const problems = [
      ...validateRequestBody(prepared.value, {
        nowSeconds: Math.floor(this.options.now().getTime() / 1000),
        version: target.apiVersion,
        datasetId: target.datasetId,
        token: 'valid',
        lenient: false,
      }),
      ...restrictedAssetWarnings(prepared.value, target.assets),
    ]
    refuseErrors(problems, 'The body')
    if (!hasTestEventCode(prepared.value) && !request.confirmNoTestCode) {
      throw confirmationNeeded()
    }
    const output = await this.deliver({
      requestId,
      credentials,
      body: prepared.text,
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    })
    return { ...output, removed: prepared.removed }
  }

  /** Sends, scrubs the answer and records it in the history. */
  private async deliver(delivery: Delivery): Promise<SendOutput> {
    const { requestId } = delivery
    const { connection, baseUrl, token } = delivery.credentials
    const controller = new AbortController()
    this.inFlight.set(requestId, controller)
    this.progress(requestId, 'sending', `Sending to ${baseUrl}`)
    const timeoutMs = delivery.timeoutMs ?? this.options.defaultTimeoutMs?.()
    let result: SendResult
    try {
      result = await this.options.graph.sendEvents({
        baseUrl,
        version: connection.apiVersion,
        datasetId: connection.datasetId,
        token,
        body: delivery.body,
        signal: controller.signal,
        ...(delivery.headers && Object.keys(delivery.headers).length > 0
          ? { headers: delivery.headers }
          : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
      })
    } finally {
      this.inFlight.delete(requestId)
    }
    const safe = scrub(result, token)
    const slowMs = this.options.slowThresholdMs?.()
    if (slowMs !== undefined) safe.slow = safe.timing.totalMs > slowMs
    this.progress(requestId, 'recording', 'Recording the send in the history')
    const output: SendOutput = { ...safe }
    try {
      const entry = await this.options.history.record({
        connectionName: connection.name,
        endpoint: baseUrl,
        datasetId: connection.datasetId,
        apiVersion: connection.apiVersion,
        ...(delivery.draft ? { draft: delivery.draft } : {}),
        result: safe,
        ...(delivery.presetId ? { presetId: delivery.presetId } : {}),
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

function refuseErrors(problems: readonly Problem[], subject: string): void {
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length === 0) return
  throw new AppError(
    'draft_has_errors',
    `${subject} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before sending: ${errors[0]?.message ?? ''}`,
    errors.map((problem) => `${problem.path}: ${problem.message}`),
  )
}

function confirmationNeeded(): AppError {
  return new AppError(
    'test_code_confirmation_needed',
    'This event has no test event code, so Meta counts it as real data (it is used for ad measurement and cannot be removed). Add the code from Events Manager → Test events, or confirm to send it anyway.',
  )
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
  if (result.rawBody !== undefined) scrubbed.rawBody = redactToken(result.rawBody, token)
  return scrubbed
}
