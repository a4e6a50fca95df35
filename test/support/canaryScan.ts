import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/**
 * The forms a leaked token could take: as is, URL-encoded, JSON-escaped, and base64 / base64url at
 * each of the three byte alignments it could have inside a longer encoded text.
 */
export function canaryForms(canary: string): string[] {
  const escaped = JSON.stringify(canary).slice(1, -1)
  const forms = new Set([
    canary,
    encodeURIComponent(canary),
    escaped,
    escaped.replaceAll('/', '\\/'),
    // Every character as a \u escape, as an echoing server may write it (upper and lower hex).
    [...canary].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ])
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.from('x'.repeat(offset) + canary)
    for (const encoding of ['base64', 'base64url'] as const) {
      const encoded = padded.toString(encoding).replace(/=+$/, '')
      // Drop characters that mix in the prefix or whatever follows the canary.
      const start = Math.ceil((offset * 4) / 3)
      const end = Math.floor(((offset + Buffer.byteLength(canary)) * 4) / 3)
      forms.add(encoded.slice(start, end))
    }
  }
  return [...forms].filter((form) => form.length >= 8)
}

export interface CanaryHit {
  where: string
  form: string
}

/** JSON string literals that hold an escape, decoded (`\u0043ANARY`, `CANARY\/…` → the canary). */
export function decodedEscapedStrings(text: string): string[] {
  if (!text.includes('\\')) return []
  const decoded: string[] = []
  for (const [literal] of text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) {
    if (!literal.includes('\\')) continue
    try {
      const value: unknown = JSON.parse(literal)
      if (typeof value === 'string') decoded.push(value)
    } catch {
      // not a JSON string literal
    }
  }
  return decoded
}

/**
 * Every place in `texts` (name → text) where a form of the canary occurs, also inside JSON string
 * literals once their escapes are decoded (a mixed `C\u0041NARY` matches no fixed form).
 */
export function findCanary(canary: string, texts: Map<string, string>): CanaryHit[] {
  const forms = canaryForms(canary)
  const hits: CanaryHit[] = []
  for (const [where, text] of texts) {
    for (const form of forms) if (text.includes(form)) hits.push({ where, form })
    if (decodedEscapedStrings(text).some((value) => forms.some((form) => value.includes(form)))) {
      hits.push({ where, form: '(decoded from JSON escapes)' })
    }
  }
  return hits
}

export interface ScannedFile {
  path: string
  mode: number
  isDirectory: boolean
}

/** Reads every file under a directory (as latin1, so any bytes compare) and lists modes. */
export async function readTree(
  root: string,
): Promise<{ texts: Map<string, string>; entries: ScannedFile[] }> {
  const texts = new Map<string, string>()
  const entries: ScannedFile[] = []
  async function walk(directory: string): Promise<void> {
    const info = await lstat(directory)
    entries.push({
      path: relative(root, directory) || '.',
      mode: info.mode & 0o777,
      isDirectory: true,
    })
    for (const name of await readdir(directory)) {
      const path = join(directory, name)
      const entry = await lstat(path)
      if (entry.isDirectory()) await walk(path)
      else {
        entries.push({ path: relative(root, path), mode: entry.mode & 0o777, isDirectory: false })
        texts.set(`file ${relative(root, path)}`, await readFile(path, 'latin1'))
      }
    }
  }
  await walk(root)
  return { texts, entries }
}
