import { SendOutcome } from '../../shared/contract/historyChannels'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import { historyStoreFor, parseArgs, stringFlag } from './presetArgs'

export const historyListCommand: CliCommand = {
  name: 'history list',
  summary: 'List recorded sends, newest first; search by event, outcome, fbtrace_id.',
  help: `Usage: capi history list [--event NAME] [--outcome accepted|meta_error|network_error|partial|unknown]
                         [--fbtrace ID] [--search TEXT] [--limit N] [--json]

Every send from the Workbench (desktop app, browser mode and capi send) is recorded in
<data dir>/history/ (the newest 1,000 by default), token redacted. "unknown" is an attempt that
failed in a way that leaves it open whether Meta counted it (a timeout, a dropped connection).
--search matches event names, event ids, fbtrace_id, connection and dataset.`,
  async run(args, io) {
    const parsed = parseArgs(
      args,
      ['--event', '--outcome', '--fbtrace', '--search', '--limit'],
      ['--json'],
    )
    if (parsed.positional.length > 0)
      throw new UsageError(`unexpected argument ${parsed.positional[0]}`)
    const outcomeText = stringFlag(parsed, '--outcome')
    const outcome = outcomeText === undefined ? undefined : SendOutcome.safeParse(outcomeText)
    if (outcome && !outcome.success)
      throw new UsageError('--outcome is accepted, meta_error, network_error, partial or unknown')
    const limitText = stringFlag(parsed, '--limit') ?? '50'
    if (!/^\d+$/.test(limitText) || Number(limitText) < 1)
      throw new UsageError('--limit is a whole number ≥ 1')
    const eventName = stringFlag(parsed, '--event')
    const fbtraceId = stringFlag(parsed, '--fbtrace')
    const text = stringFlag(parsed, '--search')
    const result = await (
      await historyStoreFor(io)
    ).list({
      ...(eventName ? { eventName } : {}),
      ...(fbtraceId ? { fbtraceId } : {}),
      ...(text ? { text } : {}),
      ...(outcome?.success ? { outcome: outcome.data } : {}),
      limit: Math.min(Number(limitText), 5000),
      offset: 0,
    })
    if (parsed.flags.has('--json')) {
      writeLine(io.stdout, JSON.stringify(result, null, 2))
      return exitCode.ok
    }
    if (result.entries.length === 0) {
      writeLine(io.stdout, 'No recorded sends match.')
      return exitCode.ok
    }
    for (const entry of result.entries) {
      const where = entry.connectionName ?? entry.endpoint
      const status = entry.status === undefined ? '' : ` ${entry.status}`
      const trace = entry.fbtraceId ? `  fbtrace ${entry.fbtraceId}` : ''
      const test = entry.testEventCode ? `  test ${entry.testEventCode}` : ''
      writeLine(
        io.stdout,
        `${entry.id}  ${entry.time}  ${(entry.outcome + status).padEnd(17)}${entry.eventNames.join(',').padEnd(18)}${where}${test}${trace}`,
      )
    }
    writeLine(
      io.stdout,
      `${result.entries.length} of ${result.total} shown (history keeps the newest ${result.limit}).`,
    )
    return exitCode.ok
  },
}
