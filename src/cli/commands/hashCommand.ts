import { availableParallelism, loadavg } from 'node:os'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import {
  customerFieldLabels,
  customerFields,
  customerValueFlags,
  hashCustomerValue,
  isCustomerField,
} from '../../shared/capi/normalize'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { hashJsonLine } from '../hash/hashJsonLine'
import { hashStream } from '../hash/hashStream'

const help = `Usage:
  capi hash [--workers <n>]                 JSON Lines on stdin, one result line per line on stdout
  capi hash --field <key> [--json] <value>  normalize and hash one value

Normalizes and SHA-256-hashes customer information exactly like Meta's official Node SDK
(facebook-nodejs-business-sdk 24.0.1, ServerSideUtils.normalizeAndHash).

Fields: ${customerFields.join(', ')}

Streaming mode reads {"field":"<key>","value":"<raw string>"} per line and writes, in order,
{"field","value","normalized","hash"} or {"field","value","error"}. Bad lines and rejected values
become error lines; the exit code is 0 when the input was read to the end. Large inputs are hashed
on worker threads when at least two cores are idle (--workers <n> sets the number; 0 turns them
off).

Single-value mode prints the normalized string and the hash (--json: the JSON line instead) and
any warnings (with --json on stderr). Exit code 1 when the value is rejected, 2 for an unknown field.

Examples:
  printf '%s\\n' '{"field":"em","value":" John_Smith@gmail.com "}' | capi hash
  capi hash --field em "John@Example.com"`

/**
 * Worker threads only pay when cores are idle: with fewer than about two idle (by the 1-minute
 * load average), everything is hashed on the main thread, which measured fastest on a busy machine.
 */
export function defaultWorkerCount(cpus: number, loadAverage: number): number {
  const idle = cpus - loadAverage
  return idle >= 1.5 ? Math.min(Math.round(idle), 8) : 0
}

interface HashArguments {
  field?: string
  json: boolean
  workers?: number
  values: string[]
}

function parseArguments(args: string[]): HashArguments {
  const { values, positionals } = parseCliArgs(args, {
    field: { type: 'string' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
  })
  const parsed: HashArguments = { json: values.json === true, values: positionals }
  if (values.field !== undefined) parsed.field = values.field
  if (values.workers !== undefined) {
    const count = Number(values.workers)
    if (!/^\d+$/.test(values.workers) || !Number.isInteger(count)) {
      throw new UsageError('--workers needs a whole number')
    }
    parsed.workers = count
  }
  return parsed
}

function hashOneValue(field: string, value: string, json: boolean, io: CliIo): number {
  if (!isCustomerField(field)) {
    writeLine(
      io.stderr,
      `capi hash: unknown field "${field}" (one of ${customerFields.join(', ')})`,
    )
    return exitCode.usage
  }
  const result = hashCustomerValue(field, value, nodeSha256)
  if (json) {
    writeLine(io.stdout, hashJsonLine(JSON.stringify({ field, value }), nodeSha256))
    // stdout stays the one JSON line; the warnings go to stderr so they are not lost.
    if (result.ok) {
      for (const flag of customerValueFlags(field, value)) {
        writeLine(io.stderr, `capi hash: warning: ${flag.message}`)
      }
    }
    return result.ok ? exitCode.ok : exitCode.failed
  }
  if (!result.ok) {
    writeLine(
      io.stderr,
      `capi hash: ${customerFieldLabels[field]} ${JSON.stringify(value)} is rejected: ${result.reason}`,
    )
    return exitCode.failed
  }
  const hashLabel = result.alreadyHashed
    ? `passed through (already ${result.alreadyHashed})`
    : 'sha256'
  writeLine(io.stdout, `field       ${field} (${customerFieldLabels[field]})`)
  writeLine(io.stdout, `value       ${JSON.stringify(value)}`)
  writeLine(io.stdout, `normalized  ${JSON.stringify(result.normalized)}`)
  writeLine(io.stdout, `hash        ${result.hash}  ${hashLabel}`)
  for (const flag of customerValueFlags(field, value)) {
    writeLine(io.stdout, `warning     ${flag.message}`)
  }
  return exitCode.ok
}

export const hashCommand: CliCommand = {
  name: 'hash',
  summary: 'Normalize and SHA-256 customer information exactly like Meta’s SDK (JSON Lines).',
  help,
  async run(args, io) {
    const parsed = parseArguments(args)
    if (parsed.field !== undefined) {
      if (parsed.values.length !== 1) throw new UsageError('--field needs exactly one value')
      return hashOneValue(parsed.field, parsed.values[0]!, parsed.json, io)
    }
    if (parsed.values.length > 0) {
      throw new UsageError('give --field <key> with a value, or JSON Lines on stdin')
    }
    await hashStream(io.stdin, io.stdout, {
      sha256: nodeSha256,
      workerCount: parsed.workers ?? defaultWorkerCount(availableParallelism(), loadavg()[0]!),
      stopSignal: io.stopSignal,
    })
    return exitCode.ok
  },
}
