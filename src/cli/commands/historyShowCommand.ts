import { toCurl } from '../../shared/redact'
import { AppError } from '../../shared/result'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import { historyStoreFor, parseArgs } from './presetArgs'

export const historyShowCommand: CliCommand = {
  name: 'history show',
  summary: 'Print one recorded send: request (redacted), response, timing.',
  help: `Usage: capi history show <id> [--json | --curl | --body]

--json   the whole entry as JSON
--curl   the request as a cURL command (token shown as <REDACTED>)
--body   the raw Meta request body only`,
  async run(args, io) {
    const parsed = parseArgs(args, [], ['--json', '--curl', '--body'])
    const id = parsed.positional[0]
    if (!id || parsed.positional.length > 1) throw new UsageError('give exactly one history id')
    let entry
    try {
      entry = await (await historyStoreFor(io)).get(id)
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') {
        writeLine(
          io.stderr,
          `capi history show: ${error.message} Run capi history list for the ids.`,
        )
        return exitCode.usage
      }
      throw error
    }
    if (parsed.flags.has('--json')) writeLine(io.stdout, JSON.stringify(entry, null, 2))
    else if (parsed.flags.has('--curl')) writeLine(io.stdout, toCurl(entry.request))
    else if (parsed.flags.has('--body')) writeLine(io.stdout, prettyBody(entry.request.body))
    else {
      writeLine(
        io.stdout,
        `${entry.time}  ${entry.outcome}${entry.status ? ` (HTTP ${entry.status})` : ''}${entry.errorTitle ? `: ${entry.errorTitle}` : ''}`,
      )
      if (entry.connectionName) writeLine(io.stdout, `connection: ${entry.connectionName}`)
      if (entry.fbtraceId) writeLine(io.stdout, `fbtrace_id: ${entry.fbtraceId}`)
      if (entry.testEventCode) writeLine(io.stdout, `test_event_code: ${entry.testEventCode}`)
      writeLine(
        io.stdout,
        `timing: ${Object.entries(entry.timing)
          .map(([key, value]) => `${key} ${Math.round(value)}`)
          .join(', ')}`,
      )
      writeLine(io.stdout, `\n${entry.request.method} ${entry.request.url}`)
      for (const [name, value] of Object.entries(entry.request.headers))
        writeLine(io.stdout, `${name}: ${value}`)
      writeLine(io.stdout, `\n${prettyBody(entry.request.body)}`)
      writeLine(io.stdout, `\nResponse${entry.response.status ? ` ${entry.response.status}` : ''}`)
      if (entry.response.networkError)
        writeLine(
          io.stdout,
          `${entry.response.networkError.kind}: ${entry.response.networkError.message}`,
        )
      const responseBody =
        entry.response.body !== undefined
          ? JSON.stringify(entry.response.body, null, 2)
          : entry.response.rawBody
      if (responseBody) writeLine(io.stdout, responseBody)
    }
    return exitCode.ok
  },
}

function prettyBody(body: string | undefined): string {
  if (body === undefined) return ''
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}
