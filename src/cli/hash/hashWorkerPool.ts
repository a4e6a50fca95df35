import { Worker } from 'node:worker_threads'
import type { HashBatchMessage } from './hashWorker'

/**
 * How to start a worker: the bundled entry beside out/cli/capi.mjs, or, when running from source
 * (tsx, vitest), a small script that registers tsx and then imports hashWorker.ts.
 */
export function defaultWorkerSource(): { source: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) {
    return { source: new URL('./hashWorker.mjs', import.meta.url), eval: false }
  }
  const entry = new URL('./hashWorker.ts', import.meta.url).href
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return { source: script, eval: true }
}

function transferable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length
  const copy = own ? bytes : new Uint8Array(bytes)
  return { bytes: copy, transfer: [copy.buffer as ArrayBuffer] }
}

/**
 * Hashes batches of lines on worker threads and hands the results back in submission order.
 * `submit` resolves once there is room for another batch, so memory stays bounded.
 */
export class HashWorkerPool {
  private readonly workers: Worker[] = []
  private readonly busy: number[] = []
  private readonly queue: HashBatchMessage[] = []
  private readonly done = new Map<number, Uint8Array>()
  private nextId = 0
  private nextToEmit = 0
  private failure: Error | undefined
  private wake: (() => void) | undefined

  constructor(
    workerCount: number,
    private readonly emit: (bytes: Uint8Array) => Promise<void> | void,
    private readonly maxInFlight = workerCount * 3,
    location = defaultWorkerSource(),
  ) {
    for (let index = 0; index < workerCount; index++) {
      const worker = new Worker(location.source, { eval: location.eval })
      worker.on('message', (message: HashBatchMessage) => this.finished(index, message))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`hash worker stopped with exit code ${code}`))
      })
      this.workers.push(worker)
      this.busy.push(0)
    }
  }

  /** Queues a batch of complete lines; waits while too many batches are in flight. */
  async submit(bytes: Uint8Array): Promise<void> {
    this.queue.push({ id: this.nextId++, bytes })
    this.dispatch()
    while (!this.failure && this.nextId - this.nextToEmit >= this.maxInFlight) await this.sleep()
    if (this.failure) throw this.failure
  }

  /** Waits until every submitted batch has been emitted, then stops the workers. */
  async finish(): Promise<void> {
    try {
      while (!this.failure && this.nextToEmit < this.nextId) await this.sleep()
      if (this.failure) throw this.failure
    } finally {
      await this.terminate()
    }
  }

  async terminate(): Promise<void> {
    const workers = this.workers.splice(0)
    for (const worker of workers) worker.removeAllListeners('exit')
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let chosen = 0
      for (let index = 1; index < this.workers.length; index++) {
        if (this.busy[index]! < this.busy[chosen]!) chosen = index
      }
      if (this.busy[chosen]! >= 2) return
      const job = this.queue.shift()!
      const { bytes, transfer } = transferable(job.bytes)
      this.busy[chosen]!++
      this.workers[chosen]!.postMessage({ id: job.id, bytes }, transfer)
    }
  }

  private finished(index: number, message: HashBatchMessage): void {
    this.busy[index]!--
    this.done.set(message.id, message.bytes)
    this.dispatch()
    void this.emitReady()
  }

  private emitting = false

  private async emitReady(): Promise<void> {
    if (this.emitting) return
    this.emitting = true
    try {
      let bytes = this.done.get(this.nextToEmit)
      while (bytes !== undefined) {
        this.done.delete(this.nextToEmit)
        await this.emit(bytes)
        this.nextToEmit++
        this.wakeUp()
        bytes = this.done.get(this.nextToEmit)
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)))
    } finally {
      this.emitting = false
    }
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.wakeUp()
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
    })
  }

  private wakeUp(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
}
