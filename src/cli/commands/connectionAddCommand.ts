import {
  type ConnectionEndpoint,
  endpointUrlProblem,
} from '../../shared/connections/connectionSchema'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import {
  type ConnectionCliDependencies,
  parseConnectionArgs,
  withConnections,
} from './connectionCli'
import { formatConnection } from './connectionFormat'
import { defaultSandboxPort } from './sandboxCommand'

const help = `Usage: capi connection add NAME --dataset ID [options]

Stores a connection (a customer's dataset and where to send) in <data dir>/connections/.
The token is set separately and kept in the OS keychain: capi token set NAME.

Options:
  --dataset ID                the dataset (pixel) ID, digits only (required)
  --endpoint meta|sandbox|URL where to send (default meta = https://graph.facebook.com;
                              sandbox = http://127.0.0.1:${defaultSandboxPort}; a URL: https, or http on this machine)
  --api-version vNN.N         Graph API version (default v26.0)
  --whatsapp ID:CC            WhatsApp Business account ID and its country (ISO code, e.g. BR)
  --page ID:CC                Facebook Page ID and country
  --instagram ID:CC           Instagram account ID and country
  --portfolio NAME            Meta business portfolio, as the customer sees it
  --business-account NAME     business account name, as the customer sees it
  --test-event-code CODE      remembered for test sends
  --json                      print the stored connection as JSON

Example:
  capi connection add "Acme Brazil" --dataset 1234567890123456 --whatsapp 102290129340398:BR`

const options = {
  dataset: { type: 'string' },
  endpoint: { type: 'string' },
  'api-version': { type: 'string' },
  whatsapp: { type: 'string' },
  page: { type: 'string' },
  instagram: { type: 'string' },
  portfolio: { type: 'string' },
  'business-account': { type: 'string' },
  'test-event-code': { type: 'string' },
  json: { type: 'boolean' },
} as const

const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])

/** `meta`, `sandbox` or a URL; a URL on this machine is taken as a sandbox. */
export function parseEndpoint(value: string | undefined): ConnectionEndpoint {
  if (value === undefined || value === 'meta') return { kind: 'meta' }
  if (value === 'sandbox') return { kind: 'sandbox', url: `http://127.0.0.1:${defaultSandboxPort}` }
  let host: string
  try {
    host = new URL(value).hostname
  } catch {
    throw new UsageError(`--endpoint "${value}" is not meta, sandbox or a URL.`)
  }
  // The rule connections.save applies: https, or plain http only to this machine.
  const problem = endpointUrlProblem(value)
  if (problem) throw new UsageError(`--endpoint "${value}": ${problem}`)
  return loopback.has(host) ? { kind: 'sandbox', url: value } : { kind: 'custom', url: value }
}

/** `ID:CC` → `{ id, country }`. */
export function parseAsset(option: string, value: string | undefined) {
  if (value === undefined) return undefined
  const match = /^\s*(\d{1,30})\s*:\s*([A-Za-z]{2})\s*$/.exec(value)
  if (!match) {
    throw new UsageError(
      `--${option} "${value}" is not ID:CC (digits, a colon, a country code like BR).`,
    )
  }
  return { id: match[1]!, country: match[2]!.toUpperCase() }
}

export function createConnectionAddCommand(deps: ConnectionCliDependencies = {}): CliCommand {
  return {
    name: 'connection add',
    summary: 'Store a connection: dataset, endpoint, API version and assets.',
    help,
    async run(args, io) {
      const { values, positionals } = parseConnectionArgs(args, options)
      if (!values.dataset) throw new UsageError('say which dataset: --dataset ID')
      const assets = {
        whatsapp: parseAsset('whatsapp', values.whatsapp),
        page: parseAsset('page', values.page),
        instagram: parseAsset('instagram', values.instagram),
      }
      const created = await withConnections(io, deps, (service) =>
        service.save({
          name: positionals[0]!,
          datasetId: values.dataset!,
          endpoint: parseEndpoint(values.endpoint),
          ...(values['api-version'] ? { apiVersion: values['api-version'] } : {}),
          assets: Object.fromEntries(Object.entries(assets).filter(([, asset]) => asset)),
          ...(values.portfolio ? { portfolioName: values.portfolio } : {}),
          ...(values['business-account']
            ? { businessAccountName: values['business-account'] }
            : {}),
          ...(values['test-event-code'] ? { testEventCode: values['test-event-code'] } : {}),
        }),
      )
      if (values.json) {
        writeLine(io.stdout, JSON.stringify(created, null, 2))
        return exitCode.ok
      }
      writeLine(io.stdout, formatConnection(created))
      writeLine(io.stdout, '')
      writeLine(
        io.stdout,
        `Next: set its token (read from standard input, kept in the OS keychain): capi token set "${created.name}"`,
      )
      return exitCode.ok
    },
  }
}

export const connectionAddCommand = createConnectionAddCommand()
