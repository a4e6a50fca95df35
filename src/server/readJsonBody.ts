import type { IncomingMessage } from 'node:http'

export type BodyOutcome =
  { kind: 'ok'; value: unknown } | { kind: 'too_large' } | { kind: 'malformed'; message: string }

/**
 * Reads a JSON request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before reading; a body that grows past the limit is refused as soon as it does, and the
 * rest is drained into nothing (never buffered) so the answer can still be delivered. An empty body
 * reads as `{}`.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    req.resume()
    return Promise.resolve({ kind: 'too_large' })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (outcome: BodyOutcome) => {
      if (settled) return
      settled = true
      resolve(outcome)
    }
    req.on('data', (chunk: Buffer) => {
      if (settled) return
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        settle({ kind: 'too_large' })
        return
      }
      chunks.push(chunk)
    })
    req.on('error', () =>
      settle({ kind: 'malformed', message: 'The request body could not be read.' }),
    )
    req.on('end', () => settle(parseJson(Buffer.concat(chunks).toString('utf8'))))
  })
}

function parseJson(text: string): BodyOutcome {
  if (text.trim() === '') return { kind: 'ok', value: {} }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown }
  } catch {
    return { kind: 'malformed', message: 'The request body is not valid JSON.' }
  }
}
