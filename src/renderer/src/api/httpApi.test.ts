import { describe, expect, it } from 'vitest'
import { createHttpApi, type FetchLike } from './httpApi'

interface Sent {
  url: string
  method: string | undefined
  headers: Record<string, string>
  body: unknown
}

function recordingFetch(answer: (url: string) => Response | Promise<Response>) {
  const sent: Sent[] = []
  const fetchImpl: FetchLike = async (url, init) => {
    sent.push({
      url,
      method: init.method,
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    })
    return answer(url)
  }
  return { sent, fetchImpl }
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } })

describe('createHttpApi', () => {
  it('posts {input} with the secret header and returns the server Result as is', async () => {
    const info = {
      name: 'CAPI Workbench',
      version: '0.1.0',
      platform: 'linux',
      dataDirectory: '/d',
      shell: 'browser',
    }
    const { sent, fetchImpl } = recordingFetch(() => json({ ok: true, value: info }))
    const api = createHttpApi('http://127.0.0.1:5000', () => 's3cret', fetchImpl)
    const result = await api['app.info']()
    expect({ result, sent }).toEqual({
      result: { ok: true, value: info },
      sent: [
        {
          url: 'http://127.0.0.1:5000/api/app.info',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-workbench-secret': 's3cret' },
          body: {},
        },
      ],
    })
  })

  it('passes a refusal through and turns transport failures into Results', async () => {
    const refusal = { ok: false, error: { code: 'wrong_secret', message: 'No.' } }
    const refused = createHttpApi('', () => 'x', recordingFetch(() => json(refusal, 403)).fetchImpl)
    const offline = createHttpApi(
      '',
      () => 'x',
      async () => {
        throw new TypeError('Failed to fetch')
      },
    )
    const garbage = createHttpApi(
      '',
      () => 'x',
      recordingFetch(() => new Response('<html>', { status: 502 })).fetchImpl,
    )
    const noSecret = recordingFetch(() => json({ ok: true, value: {} }))
    const codes = await Promise.all([
      refused['app.info'](),
      offline['app.info'](),
      garbage['app.info'](),
      createHttpApi('', () => undefined, noSecret.fetchImpl)['app.info'](),
    ])
    expect([codes.map((r) => (r.ok ? 'ok' : r.error.code)), noSecret.sent.length]).toEqual([
      ['wrong_secret', 'server_unreachable', 'bad_response', 'missing_secret'],
      0,
    ])
  })

  it('delivers server-sent events to listeners and stops streaming after the last unsubscribe', async () => {
    const encoder = new TextEncoder()
    let streamController!: ReadableStreamDefaultController<Uint8Array>
    let aborted = false
    const fetchImpl: FetchLike = async (_url, init) => {
      init.signal?.addEventListener('abort', () => (aborted = true))
      const body = new ReadableStream<Uint8Array>({ start: (c) => void (streamController = c) })
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } })
    }
    const api = createHttpApi('', () => 'x', fetchImpl)
    const received: unknown[] = []
    const unsubscribe = api.on('app.notice', (payload) => received.push(payload))
    await new Promise((resolve) => setTimeout(resolve, 10))
    streamController.enqueue(
      encoder.encode(': connected\n\nevent: app.notice\ndata: {"level":"info",'),
    )
    streamController.enqueue(encoder.encode('"message":"hi"}\n\n'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    unsubscribe()
    expect({ received, aborted }).toEqual({
      received: [{ level: 'info', message: 'hi' }],
      aborted: true,
    })
    expect(() => api.on('no.such' as 'app.notice', () => {})).toThrow('Unknown event no.such')
  })
})
