import { create, type Delta } from 'jsondiffpatch'
import { isLosslessNumber } from 'lossless-json'
import { parseJsonText } from '../../../../shared/json/parseJsonText'

/** The normalized value behind a SHA-256 hash, where the Workbench knows it. */
export type HashLookup = (hash: string) => string | undefined

export type DiffKind = 'unchanged' | 'changed' | 'added' | 'removed'

/** One side of a row: the value as JSON text (numbers exactly as written). */
export interface DiffCell {
  text: string
  /** Set for a 64-hex SHA-256 value: its normalized value when known. */
  hash?: { normalized?: string }
}

/** One leaf of either body (`data[0].user_data.em[0]`), with its value on each side. */
export interface DiffRow {
  path: string
  kind: DiffKind
  left?: DiffCell
  right?: DiffCell
}

/** One difference as jsondiffpatch found it (an added object is one difference of many rows). */
export interface Difference {
  path: string
  kind: Exclude<DiffKind, 'unchanged'>
}

export interface JsonDiff {
  rows: DiffRow[]
  differences: Difference[]
  /** A side that is not JSON: why (that side is compared as absent). */
  leftError?: string
  rightError?: string
}

/**
 * Numbers are kept as the digits written (a 20-digit ID must not pass through a float): each one
 * becomes a string with this mark, so jsondiffpatch compares digits as strings and a number never
 * equals the string of the same digits.
 */
const numberMark = '\u0000#'

const differ = create({ matchByPosition: true, arrays: { detectMove: false } })
const sha256Pattern = /^[0-9a-f]{64}$/

/**
 * A number as it is compared: integers beyond 2^53 by their digits (a float would make two IDs one
 * apart equal), any other number by its value as Meta reads it (49.90 is 49.9, 1.0 is 1).
 */
function numberText(text: string): string {
  if (/^-?\d+$/.test(text) && !Number.isSafeInteger(Number(text))) return text
  const value = Number(text)
  return Number.isFinite(value) ? String(value) : text
}

function marked(value: unknown): unknown {
  if (isLosslessNumber(value)) return numberMark + numberText(value.value)
  if (typeof value === 'number') return numberMark + String(value)
  if (Array.isArray(value)) return value.map(marked)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, marked(item)]))
  return value
}

/** JSON text read without losing a digit; `undefined` text is an absent body. */
export function readSide(text: string | undefined): { value?: unknown; error?: string } {
  if (text === undefined || text.trim() === '') return {}
  const parsed = parseJsonText(text)
  if (!parsed.ok) return { error: parsed.message }
  return { value: marked(parsed.value) }
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  const plain = /^[A-Za-z_$][\w$]*$/.test(key)
  if (!plain) return `${path}[${JSON.stringify(key)}]`
  return path ? `${path}.${key}` : key
}

function cell(value: unknown, lookup: HashLookup): DiffCell {
  if (typeof value === 'string' && value.startsWith(numberMark)) {
    return { text: value.slice(numberMark.length) }
  }
  if (Array.isArray(value)) return { text: '[]' }
  if (isContainer(value)) return { text: '{}' }
  if (typeof value === 'string' && sha256Pattern.test(value)) {
    const normalized = lookup(value)
    return { text: JSON.stringify(value), hash: normalized === undefined ? {} : { normalized } }
  }
  return { text: value === undefined ? '' : JSON.stringify(value) }
}

/** Every leaf under a value (an empty object or array is a leaf), with its path. */
function leaves(value: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((item, index) => leaves(item, childPath(path, index), visit))
  } else if (isContainer(value) && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) leaves(item, childPath(path, key), visit)
  } else {
    visit(path, value)
  }
}

class RowWriter {
  readonly rows: DiffRow[] = []
  readonly differences: Difference[] = []
  constructor(private readonly lookup: HashLookup) {}

  same(value: unknown, path: string): void {
    leaves(value, path, (at, leaf) => {
      const shown = cell(leaf, this.lookup)
      this.rows.push({ path: at, kind: 'unchanged', left: shown, right: shown })
    })
  }

  added(value: unknown, path: string): void {
    this.differences.push({ path, kind: 'added' })
    leaves(value, path, (at, leaf) =>
      this.rows.push({ path: at, kind: 'added', right: cell(leaf, this.lookup) }),
    )
  }

  removed(value: unknown, path: string): void {
    this.differences.push({ path, kind: 'removed' })
    leaves(value, path, (at, leaf) =>
      this.rows.push({ path: at, kind: 'removed', left: cell(leaf, this.lookup) }),
    )
  }

  changed(left: unknown, right: unknown, path: string): void {
    this.differences.push({ path, kind: 'changed' })
    if (!isContainer(left) && !isContainer(right)) {
      this.rows.push({
        path,
        kind: 'changed',
        left: cell(left, this.lookup),
        right: cell(right, this.lookup),
      })
      return
    }
    // A value that became an object (or the reverse): the old leaves out, the new ones in.
    leaves(left, path, (at, leaf) =>
      this.rows.push({ path: at, kind: 'changed', left: cell(leaf, this.lookup) }),
    )
    leaves(right, path, (at, leaf) =>
      this.rows.push({ path: at, kind: 'changed', right: cell(leaf, this.lookup) }),
    )
  }
}

function walk(left: unknown, right: unknown, delta: Delta, path: string, out: RowWriter): void {
  if (delta === undefined) return out.same(left, path)
  if (Array.isArray(delta)) {
    if (delta.length === 1) return out.added(delta[0], path)
    if (delta.length === 2) return out.changed(delta[0], delta[1], path)
    return out.removed(delta[0], path)
  }
  if (delta._t === 'a' && Array.isArray(left) && Array.isArray(right)) {
    return walkArray(left, right, delta as Record<string, Delta>, path, out)
  }
  const before = (isContainer(left) ? left : {}) as Record<string, unknown>
  const after = (isContainer(right) ? right : {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const changes = delta as Record<string, Delta>
  for (const key of keys) {
    walk(before[key], after[key], changes[key], childPath(path, key), out)
  }
}

/** jsondiffpatch's array delta: `_i` removed from the left, `j` added (or patched) on the right. */
function walkArray(
  left: unknown[],
  right: unknown[],
  delta: Record<string, Delta>,
  path: string,
  out: RowWriter,
): void {
  const removed = new Set<number>()
  const added = new Set<number>()
  for (const [key, change] of Object.entries(delta)) {
    if (key === '_t') continue
    if (key.startsWith('_')) removed.add(Number(key.slice(1)))
    else if (Array.isArray(change) && change.length === 1) added.add(Number(key))
  }
  let i = 0
  let j = 0
  while (i < left.length || j < right.length) {
    if (i < left.length && removed.has(i)) {
      out.removed(left[i], childPath(path, i))
      i++
    } else if (j < right.length && (added.has(j) || i >= left.length)) {
      out.added(right[j], childPath(path, j))
      j++
    } else if (j >= right.length) {
      out.removed(left[i], childPath(path, i))
      i++
    } else {
      walk(left[i], right[j], delta[String(j)], childPath(path, j), out)
      i++
      j++
    }
  }
}

/**
 * The side-by-side diff of two JSON texts: jsondiffpatch finds the delta (objects matched by key,
 * array items by position for objects and by value for strings), and every leaf of both becomes a
 * row, unchanged ones included (the view folds them). Hashes get their normalized value from
 * `lookup` where the Workbench knows it.
 */
export function diffRows(
  leftText: string | undefined,
  rightText: string | undefined,
  lookup: HashLookup = () => undefined,
): JsonDiff {
  const left = readSide(leftText)
  const right = readSide(rightText)
  const out = new RowWriter(lookup)
  walk(left.value, right.value, differ.diff(left.value, right.value), '', out)
  return {
    rows: out.rows.filter((row) => row.path !== '' || row.left?.text || row.right?.text),
    differences: out.differences,
    ...(left.error ? { leftError: left.error } : {}),
    ...(right.error ? { rightError: right.error } : {}),
  }
}

const kindWords: Record<Difference['kind'], string> = {
  changed: 'changed',
  added: 'only on the right',
  removed: 'only on the left',
}

/** "3 differences: data[0].event_name changed, …" (at most `shown` named). */
export function summaryLine(differences: readonly Difference[], shown = 3): string {
  if (differences.length === 0) return 'No differences'
  const named = differences
    .slice(0, shown)
    .map((difference) => `${difference.path || '(whole body)'} ${kindWords[difference.kind]}`)
  const more = differences.length > shown ? `, and ${differences.length - shown} more` : ''
  const count = differences.length === 1 ? '1 difference' : `${differences.length} differences`
  return `${count}: ${named.join(', ')}${more}`
}

export type RowGroup =
  { kind: 'rows'; rows: DiffRow[] } | { kind: 'unchanged'; rows: DiffRow[]; from: string }

/** Runs of unchanged rows become one foldable group; differences stay as they are. */
export function groupRows(rows: readonly DiffRow[]): RowGroup[] {
  const groups: RowGroup[] = []
  for (const row of rows) {
    const last = groups[groups.length - 1]
    const wanted = row.kind === 'unchanged' ? 'unchanged' : 'rows'
    if (last && last.kind === wanted) last.rows.push(row)
    else if (wanted === 'unchanged') groups.push({ kind: 'unchanged', rows: [row], from: row.path })
    else groups.push({ kind: 'rows', rows: [row] })
  }
  return groups
}
