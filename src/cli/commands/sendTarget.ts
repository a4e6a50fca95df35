import { defaultApiVersion, isValidApiVersion } from '../../shared/capi/versions/graphVersions'
import { type CliIo, UsageError } from '../cliCommand'

export const metaEndpoint = 'https://graph.facebook.com'
export const defaultTokenEnv = 'CAPI_TOKEN'

/** Where a send goes and with which token. The token is never printed. */
export interface SendTarget {
  baseUrl: string
  datasetId: string
  version: string
  token: string
  /** The connection's assets (country per asset) when the target came from a stored connection. */
  assets?: { kind: 'whatsapp' | 'page' | 'instagram'; id: string; country?: string }[]
  /** Shown in the output: `--connection NAME`, or the endpoint given. */
  label: string
}

/** The options of `capi send` that choose the target. */
export interface SendTargetArgs {
  connection?: string
  endpoint?: string
  dataset?: string
  apiVersion?: string
  tokenEnv?: string
}

/**
 * Resolves `--connection NAME` to a target (H5, connections: endpoint, dataset, version and the
 * token from the keychain). Command-line options given beside it override the connection's.
 */
export type ConnectionResolver = (name: string, io: CliIo) => Promise<Omit<SendTarget, 'label'>>

export interface SendTargetDependencies {
  resolveConnection?: ConnectionResolver
}

const datasetPattern = /^\d{1,30}$/

function checkEndpoint(endpoint: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new UsageError(`--endpoint "${endpoint}" is not a URL (e.g. ${metaEndpoint}).`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError('--endpoint must be an http or https URL.')
  }
  if (url.username || url.password || url.search) {
    throw new UsageError('--endpoint takes a base URL only: no user, password or query string.')
  }
  return endpoint.replace(/\/+$/, '')
}

function tokenFromEnv(io: CliIo, variable: string): string {
  const token = io.env[variable]?.trim()
  if (!token) {
    throw new UsageError(
      `no token: the environment variable ${variable} is empty. Put the token there ` +
        `(e.g. read -rs ${variable}; export ${variable}) or name another with --token-env.`,
    )
  }
  return token
}

/** The hook for `--connection NAME`; without it, everything comes from the options. */
export async function resolveSendTarget(
  args: SendTargetArgs,
  io: CliIo,
  deps: SendTargetDependencies = {},
): Promise<SendTarget> {
  if (args.apiVersion !== undefined && !isValidApiVersion(args.apiVersion)) {
    throw new UsageError(`--api-version "${args.apiVersion}" is not shaped like v26.0.`)
  }
  if (args.dataset !== undefined && !datasetPattern.test(args.dataset)) {
    throw new UsageError(`--dataset "${args.dataset}" is not a numeric dataset ID.`)
  }
  if (args.connection !== undefined) {
    if (!deps.resolveConnection) {
      throw new UsageError(
        '--connection is not available in this build; use --endpoint, --dataset and --token-env.',
      )
    }
    const stored = await deps.resolveConnection(args.connection, io)
    return {
      ...stored,
      baseUrl: args.endpoint ? checkEndpoint(args.endpoint) : stored.baseUrl,
      datasetId: args.dataset ?? stored.datasetId,
      version: args.apiVersion ?? stored.version,
      token: args.tokenEnv ? tokenFromEnv(io, args.tokenEnv) : stored.token,
      label: `connection "${args.connection}"`,
    }
  }
  if (args.dataset === undefined) {
    throw new UsageError('say which dataset: --dataset ID (or --connection NAME).')
  }
  const baseUrl = checkEndpoint(args.endpoint ?? metaEndpoint)
  return {
    baseUrl,
    datasetId: args.dataset,
    version: args.apiVersion ?? defaultApiVersion,
    token: tokenFromEnv(io, args.tokenEnv ?? defaultTokenEnv),
    label: baseUrl,
  }
}
