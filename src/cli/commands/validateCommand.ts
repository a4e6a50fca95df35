import { readFile } from 'node:fs/promises'
import {
  parseJsonKeepingDigits,
  stringifyKeepingDigits,
} from '../../services/transfer/losslessJson'
import { evidenceWords } from '../../shared/capi/evidence/evidence'
import { migrateDraft } from '../../shared/capi/model/migrateDraft'
import { buildEventRequest, requestUrl } from '../../shared/capi/request/buildEventRequest'
import { hasErrors, validateRequestBody } from '../../shared/capi/rules/validateRequestBody'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import { toVariableSource } from '../../shared/capi/variables/resolveVariables'
import { defaultApiVersion } from '../../shared/capi/versions/graphVersions'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import { type JsonLineResult, looksLikeJsonLines, validateJsonLines } from './validateJsonLines'

const metaEndpoint = 'https://graph.facebook.com'

const help = `Usage: capi validate <draft.json | body.json | log.jsonl> [--contact contact.json] [--dataset ID] [--api-version vNN.N] [--json]

Builds the request a draft would send (customer data normalized and hashed, variables resolved) and
checks it against every rule Meta enforces (R1–R18) and the Workbench's advice. Prints the URL, the
request body (pretty JSON) and the problems (severity, path, message, fix). Nothing is sent.
  <draft.json>           a Workbench draft (any schema version), or a Meta request body
                         ({"data":[...]}, e.g. from a customer's logs), which is checked as it is
  <log.jsonl>            JSON Lines: one request body or one event per line (as customers' logs
                         hold them); each line is checked on its own, problems by line number
  --contact FILE         sample contact for {{contact.x}} / {{workflow.x}} variables:
                         {"contact": {...}, "workflow": {...}} or a bare contact object
  --dataset ID           the dataset ID (checked: 10 to 20 digits); without it the URL shows {dataset_id}
  --api-version vNN.N    Graph API version (default ${defaultApiVersion}); expired or near-expiry versions are flagged
  --json                 print {"url", "body", "problems", "hashed"} as JSON
                         (JSON Lines: {"lines": [{"line", "kind", "problems"}]})

Each problem says its evidence: Meta's docs, live answers (month, reports), or an assumption of
this Workbench (shown as a warning marked "assumption", never as an error).

Exit codes: 0 no errors (warnings allowed), 1 the request has errors, 2 unreadable or invalid input.`

const options = {
  contact: { type: 'string' },
  dataset: { type: 'string' },
  'api-version': { type: 'string' },
  json: { type: 'boolean' },
} as const

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`cannot read the ${what} ${path}${code ? ` (${code})` : ''}.`)
  }
}

function parseJsonText(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(`the ${what} ${path} is not valid JSON: ${(error as Error).message}`)
  }
}

async function readJson(path: string, what: string): Promise<unknown> {
  return parseJsonText(await readText(path, what), path, what)
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const
const severityLabel = { error: 'error', warning: 'warning', info: 'note' } as const

export function formatValidationProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.'
  const count = (severity: Problem['severity']) =>
    problems.filter((p) => p.severity === severity).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const lines = [
    `Problems: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`,
  ]
  const sorted = [...problems].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
  for (const problem of sorted) {
    const assumed = problem.evidence?.level === 'assumption' ? ' (assumption)' : ''
    const label = `${severityLabel[problem.severity]}${assumed}`
    lines.push(`  ${label.padEnd(7)} ${problem.path || '(request)'}  [${problem.code}]`)
    lines.push(`          ${problem.message}`)
    if (problem.fix) lines.push(`          fix: ${problem.fix}`)
    if (problem.evidence) lines.push(`          evidence: ${evidenceWords(problem.evidence)}`)
  }
  return lines.join('\n')
}

function formatJsonLines(results: readonly JsonLineResult[]): string {
  if (results.length === 0) return 'The file holds no lines to check.'
  const errors = results.filter((result) => hasErrors(result.problems)).length
  const lines = [`${results.length} lines checked, ${errors} with errors.`]
  for (const result of results) {
    if (result.problems.length === 0) {
      lines.push(`line ${result.line} (${result.kind}): no problems`)
      continue
    }
    lines.push(`line ${result.line} (${result.kind}):`)
    lines.push(
      ...formatValidationProblems(result.problems)
        .split('\n')
        .map((text) => `  ${text}`),
    )
  }
  return lines.join('\n')
}

export interface ValidateCommandDependencies {
  now?: () => Date
}

export function createValidateCommand(dependencies: ValidateCommandDependencies = {}): CliCommand {
  const now = dependencies.now ?? (() => new Date())
  return {
    name: 'validate',
    summary: 'Build and check the request of a draft (or a Meta body) without sending it.',
    help,
    async run(args, io) {
      const parsed = parseCliArgs(args, options)
      const [file, ...extra] = parsed.positionals
      if (file === undefined)
        throw new UsageError('say which draft to validate: capi validate <draft.json>')
      if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
      const text = await readText(file, 'draft')
      const clock = now()
      if (looksLikeJsonLines(text, file)) {
        const datasetId = (parsed.values.dataset ?? '').trim()
        const results = validateJsonLines(text, {
          nowSeconds: Math.floor(clock.getTime() / 1000),
          version: parsed.values['api-version'] ?? defaultApiVersion,
          ...(datasetId === '' ? {} : { datasetId }),
        })
        if (parsed.values.json === true) {
          writeLine(io.stdout, JSON.stringify({ lines: results }, null, 2))
        } else {
          writeLine(io.stdout, formatJsonLines(results))
        }
        return results.some((result) => hasErrors(result.problems)) ? exitCode.failed : exitCode.ok
      }
      let input = parseJsonText(text, file, 'draft')
      // A Meta body keeps the digits of integer IDs above 2^53 − 1 (the validator warns on them).
      if (typeof input === 'object' && input !== null && 'data' in input) {
        input = parseJsonKeepingDigits(text)
      }
      const sample =
        parsed.values.contact === undefined
          ? undefined
          : await readJson(parsed.values.contact, 'contact file')
      const source = sample === undefined ? undefined : toVariableSource(sample)
      if (sample !== undefined && source === undefined) {
        throw new UsageError(`the contact file ${parsed.values.contact} must hold a JSON object.`)
      }
      const connection = {
        datasetId: parsed.values.dataset ?? '',
        apiVersion: parsed.values['api-version'] ?? defaultApiVersion,
        endpoint: metaEndpoint,
      }
      let result: { url: string; body: unknown; problems: Problem[]; hashed: unknown[] }
      if (typeof input === 'object' && input !== null && 'data' in input) {
        const datasetId = connection.datasetId.trim()
        result = {
          url: requestUrl(connection),
          body: input,
          problems: validateRequestBody(input, {
            nowSeconds: Math.floor(clock.getTime() / 1000),
            version: connection.apiVersion,
            ...(datasetId === '' ? {} : { datasetId }),
          }),
          hashed: [],
        }
      } else {
        const migrated = migrateDraft(input)
        if (!migrated.ok)
          throw new UsageError(`${file} is not a valid draft:\n  ${migrated.errors.join('\n  ')}`)
        result = buildEventRequest(migrated.draft, connection, {
          now: clock,
          sha256: nodeSha256,
          ...source,
        })
      }
      if (parsed.values.json === true) {
        writeLine(io.stdout, stringifyKeepingDigits(result, 2))
      } else {
        writeLine(io.stdout, `POST ${result.url}`)
        writeLine(io.stdout, stringifyKeepingDigits(result.body, 2))
        writeLine(io.stdout)
        writeLine(io.stdout, formatValidationProblems(result.problems))
      }
      return result.problems.some((problem) => problem.severity === 'error')
        ? exitCode.failed
        : exitCode.ok
    },
  }
}

export const validateCommand = createValidateCommand()
