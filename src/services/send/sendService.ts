import type { EventDraft } from '../../shared/capi/model/eventDraft'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import type { SendResult } from '../../shared/capi/sendResult'
import type { SendOutput } from '../../shared/contract/sendChannels'
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
  /** Told the hashed customer values of each request it sends (the Test events view's memory). */
  onBuilt?: (hashed: readonly { hash: string; normalized: string }[]) => void
}

export interface SendRequest {
  draft: EventDraft
  connectionId: string
  contact?: Record<string, unknown>
  workflow?: Record<string, unknown>
  confirmNoTestCode?: boolean
  presetId?: string
  requestId?: string
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
    const errors = built.problems.filter((problem) => problem.severity === 'error')
    if (errors.length > 0) {
      throw new AppError(
        'draft_has_errors',
        `The event has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before sending: ${errors[0]?.message ?? ''}`,
        errors.map((problem) => `${problem.path}: ${problem.message}`),
      )
    }
    if (!hasTestEventCode(built.body) && !request.confirmNoTestCode) {
      throw new AppError(
        'test_code_confirmation_needed',
        'This event has no test event code, so Meta counts it as real data (it is used for ad measurement and cannot be removed). Add the code from Events Manager → Test events, or confirm to send it anyway.',
      )
    }
    this.options.onBuilt?.(built.hashed)
    const controller = new AbortController()
    this.inFlight.set(requestId, controller)
    this.progress(requestId, 'sending', `Sending to ${baseUrl}`)
    let result: SendResult
    try {
      result = await this.options.graph.sendEvents({
        baseUrl,
        version: connection.apiVersion,
        datasetId: connection.datasetId,
        token,
        body: built.body,
        signal: controller.signal,
      })
    } finally {
      this.inFlight.delete(requestId)
    }
    const safe = scrub(result, token)
    this.progress(requestId, 'recording', 'Recording the send in the history')
    const output: SendOutput = { ...safe }
    try {
      const entry = await this.options.history.record({
        connectionName: connection.name,
        endpoint: baseUrl,
        datasetId: connection.datasetId,
        apiVersion: connection.apiVersion,
        draft: request.draft,
        result: safe,
        ...(request.presetId ? { presetId: request.presetId } : {}),
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
