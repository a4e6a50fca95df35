import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import type { Sha256 } from '../../shared/capi/normalize'
import { hashJsonLines } from './hashJsonLine'
import { HashWorkerPool } from './hashWorkerPool'

export interface HashStreamOptions {
  sha256: Sha256
  /** Worker threads to use once the input is big; 0 hashes everything on this thread. */
  workerCount: number
  /** Bytes hashed on this thread before the workers start (small inputs never pay for them). */
  workerThreshold?: number
  /** Size of one batch sent to a worker. */
  batchBytes?: number
  /** Stops reading when it resolves (SIGINT). */
  stopSignal?: Promise<void>
}

const newline = 0x0a

async function write(output: Writable, data: Uint8Array | string): Promise<void> {
  if (data.length === 0) return
  if (!output.write(data)) await once(output, 'drain')
}

/** Collects chunks and cuts them into blocks of complete lines. */
class LineBlocks {
  private parts: Buffer[] = []
  private size = 0

  get buffered(): number {
    return this.size
  }

  add(chunk: Buffer): void {
    this.parts.push(chunk)
    this.size += chunk.length
  }

  /** All complete lines buffered so far (ending in a newline), or undefined when there is none. */
  takeCompleteLines(): Buffer | undefined {
    const last = this.parts[this.parts.length - 1]
    if (!last) return undefined
    const cut = last.lastIndexOf(newline)
    if (cut < 0) {
      if (this.parts.length === 1) return undefined
      // the newline is in an earlier part: rare (one line longer than a chunk); join and retry
      this.parts = [Buffer.concat(this.parts)]
      return this.takeCompleteLines()
    }
    const head = this.parts.slice(0, -1)
    head.push(last.subarray(0, cut + 1))
    const block = head.length === 1 ? head[0]! : Buffer.concat(head)
    const rest = last.subarray(cut + 1)
    this.parts = rest.length > 0 ? [rest] : []
    this.size = rest.length
    return block
  }

  /** Whatever is left at the end of input (a last line without newline). */
  takeRest(): Buffer {
    const rest = Buffer.concat(this.parts)
    this.parts = []
    this.size = 0
    return rest
  }
}

/**
 * `capi hash` streaming: JSON Lines in, one JSON line out per line, in order. Small inputs are
 * hashed on this thread as they arrive; past `workerThreshold` bytes, batches go to worker threads.
 */
export async function hashStream(
  input: Readable,
  output: Writable,
  options: HashStreamOptions,
): Promise<void> {
  const threshold = options.workerThreshold ?? 1 << 20
  const batchBytes = options.batchBytes ?? 1 << 20
  const blocks = new LineBlocks()
  let pool: HashWorkerPool | undefined
  let inlineBytes = 0
  let stopped = false
  void options.stopSignal?.then(() => {
    stopped = true
    input.destroy()
  })
  const hashHere = (bytes: Buffer) => hashJsonLines(bytes.toString('utf8'), options.sha256)
  try {
    for await (const chunk of input) {
      blocks.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      if (!pool && options.workerCount > 0 && inlineBytes + blocks.buffered > threshold) {
        pool = new HashWorkerPool(options.workerCount, (bytes) => write(output, bytes))
      }
      if (pool) {
        if (blocks.buffered < batchBytes) continue
        const block = blocks.takeCompleteLines()
        if (block) await pool.submit(block)
      } else {
        const block = blocks.takeCompleteLines()
        if (!block) continue
        inlineBytes += block.length
        await write(output, hashHere(block))
      }
    }
    if (pool) {
      const block = blocks.takeCompleteLines()
      if (block) await pool.submit(block)
      await pool.finish()
      pool = undefined
    }
    await write(output, hashHere(blocks.takeRest()))
  } catch (error) {
    if (!stopped) throw error
  } finally {
    await pool?.terminate()
  }
}
