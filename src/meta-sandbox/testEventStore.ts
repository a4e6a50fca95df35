/** One event as Meta's Test Events tab shows it. */
export interface TestEventRecord {
  testEventCode: string
  datasetId: string
  /** ISO 8601, from the sandbox clock. */
  receivedAt: string
  eventName: string | null
  actionSource: string | null
  /** `messaging_channel` for business messaging events, else null. */
  channel: string | null
  eventTime: number | null
  eventId: string | null
  /** The `user_data` keys sent (values are not repeated here; the raw event has them). */
  userDataKeys: string[]
  customDataKeys: string[]
  fbtraceId: string
  /** The sending program's User-Agent (`capi-workbench/…` for the Workbench), when it sent one. */
  userAgent?: string
  /** The event exactly as received. */
  event: unknown
}

export type TestEventListener = (records: TestEventRecord[]) => void

function field(record: Record<string, unknown>, key: string): unknown {
  return record[key]
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.keys(value).sort()
    : []
}

/** Test events received by the sandbox, newest last, capped so a long session cannot grow forever. */
export class TestEventStore {
  private records: TestEventRecord[] = []
  private readonly listeners = new Set<TestEventListener>()

  constructor(private readonly capacity = 10_000) {}

  /** Records every event of an accepted request that carried a test_event_code. */
  recordRequest(input: {
    testEventCode: string
    datasetId: string
    events: unknown[]
    receivedAt: Date
    fbtraceId: string
    userAgent?: string
  }): void {
    const added: TestEventRecord[] = []
    for (const event of input.events) {
      const record =
        typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {}
      const eventTime = field(record, 'event_time')
      const entry: TestEventRecord = {
        testEventCode: input.testEventCode,
        datasetId: input.datasetId,
        receivedAt: input.receivedAt.toISOString(),
        eventName: stringOrNull(field(record, 'event_name')),
        actionSource: stringOrNull(field(record, 'action_source')),
        channel: stringOrNull(field(record, 'messaging_channel')),
        eventTime: typeof eventTime === 'number' ? eventTime : null,
        eventId: stringOrNull(field(record, 'event_id')),
        userDataKeys: keysOf(field(record, 'user_data')),
        customDataKeys: keysOf(field(record, 'custom_data')),
        fbtraceId: input.fbtraceId,
        event,
      }
      if (input.userAgent) entry.userAgent = input.userAgent
      this.records.push(entry)
      added.push(entry)
    }
    if (this.records.length > this.capacity) {
      this.records = this.records.slice(this.records.length - this.capacity)
    }
    for (const listener of this.listeners) listener(added)
  }

  /** Called with each request's new records (the live Test events stream); returns unsubscribe. */
  subscribe(listener: TestEventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Events for one test code (every code when omitted), oldest first. */
  list(testEventCode?: string): TestEventRecord[] {
    return testEventCode === undefined
      ? [...this.records]
      : this.records.filter((record) => record.testEventCode === testEventCode)
  }

  /** Clears everything; returns how many events were dropped. */
  clear(): number {
    const count = this.records.length
    this.records = []
    return count
  }
}
