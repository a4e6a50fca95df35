import { readFile } from 'node:fs/promises'
import { evidenceHeader } from '../../shared/capi/evidence/evidence'
import {
  explainGraphErrorDetailed,
  explainNetworkError,
  explainPartialAcceptance,
  type GraphErrorExplanation,
  networkErrorKinds,
  type NetworkErrorKind,
} from '../../shared/capi/errors'
import { redactToken } from '../../shared/redact'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, type CliIo, exitCode, UsageError, writeLine } from '../cliCommand'
import { formatExplanation } from './formatSendResult'

const help = `Usage: capi explain <code | code/subcode | answer.json | -> [--json]

Explains a Meta Graph API error from the Workbench's catalog (the same one the app uses): the
title, what happened, the fix, whether to retry, and the evidence behind it (Meta's docs, live
answers seen by integrators with month and number of reports, or an assumption).
  2804132            a messaging subcode (2804xxx is read as code 100 with that subcode)
  190 | 100/33       a Graph code, or code/subcode
  answer.json        a saved Graph error body ({"error": {...}}), or the whole result of
                     capi send --json ({"sent", "problems", "result"}), or a send result
  -                  read that JSON from stdin
  --json             print {"known", "explanation"} as JSON

Exit codes: 0 the code is in the catalog (or the saved result needs no catalog row), 1 the code is
unknown (the generic advice is still printed), 2 unreadable input.`

interface Explained {
  known: boolean
  explanation: GraphErrorExplanation
  /** Said first in the text output (e.g. "accepted: nothing to explain"). */
  heading?: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function explainCode(text: string): Explained {
  const [codeText, subcodeText] = text.split('/')
  let code = Number(codeText)
  let subcode = subcodeText === undefined ? undefined : Number(subcodeText)
  if (subcode === undefined && code >= 2804000 && code <= 2804999) {
    subcode = code
    code = 100
  }
  const body = { error: { code, ...(subcode === undefined ? {} : { error_subcode: subcode }) } }
  return explainGraphErrorDetailed(body, 400)
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined
  const value = headers[name]
  return typeof value === 'string' ? value : undefined
}

/** A send result (`capi send --json`'s `result`, or history-like): re-derived from the catalog. */
function explainSendResult(result: Record<string, unknown>): Explained | undefined {
  const outcome = result['outcome']
  const status = typeof result['status'] === 'number' ? result['status'] : undefined
  const sent = typeof result['eventsSent'] === 'number' ? result['eventsSent'] : 0
  const received =
    typeof result['eventsReceived'] === 'number' ? result['eventsReceived'] : undefined
  if (outcome === 'partial') {
    return { known: true, explanation: explainPartialAcceptance(received, sent) }
  }
  if (outcome === 'network_error') {
    const error = result['networkError']
    const kind = isRecord(error) && typeof error['kind'] === 'string' ? error['kind'] : 'other'
    const known = (networkErrorKinds as readonly string[]).includes(kind)
    return {
      known,
      explanation: explainNetworkError((known ? kind : 'other') as NetworkErrorKind, status),
    }
  }
  if (outcome === 'meta_error') {
    const rule = headerOf(result['headers'], 'x-capi-workbench-rule')
    const evidence = headerOf(result['headers'], evidenceHeader)
    return explainGraphErrorDetailed(result['json'] ?? result['rawBody'], status ?? 400, {
      ...(rule ? { ruleHeader: rule } : {}),
      ...(evidence ? { evidenceHeader: evidence } : {}),
    })
  }
  if (outcome === 'accepted') {
    return {
      known: true,
      heading: `Accepted: Meta counted ${received ?? sent} of ${sent} events. Nothing to explain.`,
      explanation: {
        title: 'Accepted',
        explanation: `HTTP ${status ?? 200}: every event sent was counted.`,
        fix: 'Nothing to fix.',
        retryable: 'never',
        retryAdvice: 'Do not resend: Meta does not deduplicate messaging events.',
        docsUrl: 'https://developers.facebook.com/docs/marketing-api/conversions-api/using-the-api',
        category: 'unknown',
      },
    }
  }
  return undefined
}

function explainJson(value: unknown, source: string): Explained {
  if (isRecord(value) && isRecord(value['error'])) {
    return explainGraphErrorDetailed(value, 400)
  }
  if (isRecord(value) && isRecord(value['result'])) {
    const explained = explainSendResult(value['result'])
    if (explained) return explained
  }
  if (isRecord(value) && typeof value['outcome'] === 'string') {
    const explained = explainSendResult(value)
    if (explained) return explained
  }
  if (isRecord(value) && value['sent'] === false) {
    throw new UsageError(
      `${source} is a capi send result that was not sent (its problems are listed in it): nothing to explain.`,
    )
  }
  throw new UsageError(
    `${source} holds neither a Graph error body ({"error": {...}}) nor a capi send --json result.`,
  )
}

async function readAll(io: CliIo): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer | string))
  return Buffer.concat(chunks).toString('utf8')
}

async function readInput(input: string, io: CliIo): Promise<{ text: string; source: string }> {
  if (input === '-') return { text: await readAll(io), source: 'stdin' }
  try {
    return { text: await readFile(input, 'utf8'), source: input }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `cannot read ${input}${code ? ` (${code})` : ''}: give a code (2804132, 100/33), a JSON file or -.`,
    )
  }
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'Explain a Meta error code or a saved answer from the catalog, with its evidence.',
  help,
  async run(args, io) {
    const parsed = parseCliArgs(args, { json: { type: 'boolean' } })
    const [input, ...extra] = parsed.positionals
    if (input === undefined) {
      throw new UsageError('say what to explain: capi explain 2804132 | 100/33 | answer.json | -')
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
    let explained: Explained
    if (/^\d+(\/\d+)?$/.test(input)) {
      explained = explainCode(input)
    } else {
      const { text, source } = await readInput(input, io)
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        throw new UsageError(`${source} is not valid JSON.`)
      }
      explained = explainJson(value, source)
    }
    // A saved answer may quote a token (a proxy echoing headers): never print one.
    const say = (text: string) => writeLine(io.stdout, redactToken(text))
    if (parsed.values.json === true) {
      say(JSON.stringify({ known: explained.known, explanation: explained.explanation }, null, 2))
    } else if (explained.heading) {
      say(explained.heading)
    } else {
      if (!explained.known) say('Not in the catalog: generic advice for this kind of answer.')
      for (const line of formatExplanation(explained.explanation)) say(line)
    }
    return explained.known ? exitCode.ok : exitCode.failed
  },
}
