import { isIP } from 'node:net'
import {
  defaultFixturesLabel,
  defaultSandboxFixtures,
  loadSandboxFixtures,
} from '../../meta-sandbox/loadSandboxFixtures'
import { faultModes, type SandboxFixtures } from '../../meta-sandbox/sandboxFixtures'
import { channelPermissions } from '../../meta-sandbox/sandboxWorld'
import { startSandbox } from '../../meta-sandbox/startSandbox'
import { AppError } from '../../shared/result'
import { parseCliArgs } from '../cliArgs'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'

export const defaultSandboxPort = 8765

const help = `Usage: capi sandbox [--port N] [--host ADDRESS] [--fixtures FILE] [--strict] [--quiet]

Starts a local simulator of Meta's Graph API (Conversions API events endpoint and the lookups the
Workbench uses). It validates like Meta (rules R1-R19 of the spec) and answers with Meta's shapes.
The first line of output is exactly: sandbox listening on http://HOST:PORT

Options:
  --port N          port to listen on (default ${defaultSandboxPort}; 0 picks a free port)
  --host ADDRESS    address to bind (default 127.0.0.1, loopback only)
  --fixtures FILE   the sandbox world as JSON (default: ${defaultFixturesLabel})
  --strict          strict mode: also enforce the checks that are this sandbox's assumptions
                    (WABA region, the long Instagram key alone, Purchase value, negative values,
                    IDs that are not digits, Order* currency); each answers with
                    x-capi-workbench-evidence: assumption. Same as "strict": true in the fixtures.
  --quiet           do not print one line per request

Stops on Ctrl+C (SIGINT) or SIGTERM. See docs/sandbox.md for the fixtures format and faults.`

interface SandboxArgs {
  port: number
  host: string
  fixtures?: string
  strict: boolean
  quiet: boolean
}

function parseArgs(args: string[]): SandboxArgs {
  const { values, positionals } = parseCliArgs(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    fixtures: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
  })
  if (positionals.length > 0) throw new UsageError(`unknown option ${positionals[0]}`)
  const parsed: SandboxArgs = {
    port: defaultSandboxPort,
    host: values.host ?? '127.0.0.1',
    strict: values.strict === true,
    quiet: values.quiet === true,
  }
  if (values.fixtures !== undefined) parsed.fixtures = values.fixtures
  if (values.port !== undefined) {
    const text = values.port
    if (!/^\d+$/.test(text) || Number(text) > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535, got "${text}"`)
    }
    parsed.port = Number(text)
  }
  return parsed
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'))
}

/** Fixtures tokens are fake by design; one that looks like a real Meta token is not echoed. */
function showToken(token: string): string {
  return /^EAA/.test(token)
    ? `${token.slice(0, 3)}…(looks like a real Meta token; not shown)`
    : token
}

function tokenNote(permissions: string[], expired: boolean | undefined): string {
  if (expired) return 'expired: every call answers 190 / 463'
  const lacking = Object.entries(channelPermissions)
    .filter(([, permission]) => !permissions.includes(permission))
    .map(([channel, permission]) => `${channel} (${permission})`)
  return lacking.length === 0 ? 'all channels' : `lacks ${lacking.join(', ')}`
}

/** What a newcomer needs to send a first event: tokens, datasets, asset IDs, faults, examples. */
export function cheatSheet(
  url: string,
  fixtures: SandboxFixtures,
  source: string,
  strict = fixtures.strict === true,
): string[] {
  const firstToken = fixtures.tokens.find((token) => !token.expired) ?? fixtures.tokens[0]!
  const firstDataset = fixtures.datasets.find(
    (dataset) => !dataset.fault && dataset.assets.length > 0,
  )
  const waba = firstDataset?.assets.find((asset) => asset.kind === 'whatsapp')
  const mode = strict
    ? 'strict mode: assumption checks reject too'
    : 'default mode: only checks backed by Meta docs or live answers reject'
  const lines = [`fixtures: ${source} (${mode})`, 'tokens:']
  const width = Math.max(...fixtures.tokens.map((token) => showToken(token.token).length))
  for (const token of fixtures.tokens) {
    lines.push(
      `  ${showToken(token.token).padEnd(width)}  ${tokenNote(token.permissions, token.expired)}`,
    )
  }
  lines.push('datasets:')
  for (const dataset of fixtures.datasets) {
    const fault = dataset.fault ? `  [fault: ${dataset.fault}]` : ''
    lines.push(`  ${dataset.id.padEnd(20)} ${dataset.name}${fault}`)
    for (const asset of dataset.assets) {
      const clids = asset.clids?.length ? `  ctwa_clid: ${asset.clids[0]}` : ''
      lines.push(`    ${asset.kind.padEnd(9)} ${asset.id.padEnd(18)} ${asset.country}${clids}`)
    }
  }
  lines.push(
    `faults: header x-sandbox-fault: ${faultModes.join(' | ')}`,
    `test events: curl -s '${url}/_sandbox/events?test_event_code=TEST12345'   reset: curl -s -X POST ${url}/_sandbox/reset`,
  )
  if (firstDataset && waba) {
    const body =
      `{"data":[{"event_name":"Purchase","event_time":'$(date +%s)',"action_source":"business_messaging",` +
      `"messaging_channel":"whatsapp","user_data":{"whatsapp_business_account_id":"${waba.id}",` +
      `"ctwa_clid":"${waba.clids?.[0] ?? 'ARAkSandboxClickId_0123456789'}"},` +
      `"custom_data":{"currency":"USD","value":49.9}}],"test_event_code":"TEST12345"}`
    lines.push(
      'try:',
      `  export CAPI_TOKEN=${showToken(firstToken.token)}`,
      `  capi send --raw body.json --endpoint ${url} --dataset ${firstDataset.id} --token-env CAPI_TOKEN`,
      `  curl -s ${url}/v26.0/${firstDataset.id}/events -H "Authorization: Bearer $CAPI_TOKEN" \\`,
      `    -H 'content-type: application/json' -d '${body}'`,
    )
  }
  lines.push('Ctrl+C stops the sandbox.')
  return lines
}

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  summary: 'Run a local Meta Graph API simulator that validates like Meta.',
  help,
  async run(args, io) {
    const options = parseArgs(args)
    let fixtures: SandboxFixtures
    try {
      fixtures = options.fixtures
        ? await loadSandboxFixtures(options.fixtures)
        : defaultSandboxFixtures()
    } catch (error) {
      if (error instanceof AppError) throw new UsageError(error.message)
      throw error
    }
    const sandbox = await startSandbox({
      host: options.host,
      port: options.port,
      fixtures,
      strict: options.strict,
      onRequest: options.quiet
        ? undefined
        : (entry) => {
            const time = new Date().toISOString().slice(11, 19)
            const status = entry.status ?? 'no answer'
            const extra = [entry.rule, entry.fault && `fault ${entry.fault}`]
              .filter(Boolean)
              .join(' ')
            writeLine(
              io.stdout,
              `${time} ${entry.method} ${entry.path} ${status}${extra ? ` ${extra}` : ''} ${entry.durationMs}ms`,
            )
          },
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new Error(`port ${options.port} on ${options.host} is in use; try --port 0`)
      }
      throw error
    })
    writeLine(io.stdout, `sandbox listening on ${sandbox.url}`)
    if (!isLoopback(options.host)) {
      writeLine(
        io.stderr,
        `warning: bound to ${options.host}, not loopback: other machines can reach the sandbox.`,
      )
    }
    for (const line of cheatSheet(
      sandbox.url,
      fixtures,
      options.fixtures ?? defaultFixturesLabel,
      options.strict || fixtures.strict === true,
    )) {
      writeLine(io.stdout, line)
    }
    await io.stopSignal
    await sandbox.close()
    writeLine(io.stdout, 'sandbox stopped')
    return exitCode.ok
  },
}
