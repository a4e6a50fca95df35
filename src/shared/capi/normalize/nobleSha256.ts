import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'

/**
 * Synchronous SHA-256 for the renderer (no Node, no waiting on WebCrypto). UTF-8 comes from
 * TextEncoder, which, like Node, encodes a lone surrogate half as U+FFFD.
 */
export function nobleSha256(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
