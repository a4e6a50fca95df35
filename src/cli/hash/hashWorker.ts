import { parentPort } from 'node:worker_threads'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import { hashJsonLines } from './hashJsonLine'

/** A batch of complete input lines (UTF-8) in, the matching output lines (UTF-8) out. */
export interface HashBatchMessage {
  id: number
  bytes: Uint8Array
}

function toTransferable(bytes: Buffer): Uint8Array {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length
    ? bytes
    : new Uint8Array(bytes)
}

parentPort?.on('message', (message: HashBatchMessage) => {
  const text = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.length)
  const output = toTransferable(hashJsonLines(text.toString('utf8'), nodeSha256))
  const reply: HashBatchMessage = { id: message.id, bytes: output }
  parentPort?.postMessage(reply, [output.buffer as ArrayBuffer])
})
