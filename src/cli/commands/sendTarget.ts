import { defaultApiVersion, isValidApiVersion } from '../../shared/capi/versions/graphVersions'
import { endpointUrlProblem } from '../../shared/connections/connectionSchema'
import type { SendTarget as ServiceSendTarget } from '../../services/send/sendService'
import { type CliIo, UsageError } from '../cliCommand'

export const metaEndpoint = 'https://graph.facebook.com'
export const defaultTokenEnv = 'CAPI_TOKEN'

/** Where a send goes and with which token. The token is never printed. */
export interface SendTarget extends ServiceSendTarget {
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
 * Resolves `--connection NAME` to a target (endpoint, dataset, version, assets and the token from
 * the keychain). Command-line options given beside it override the connection's.
 */
export type ConnectionResolver = (name: string, io: CliIo) => Promise<Omit<SendTarget, 'label'>>

export interface SendTargetDependencies {
  resolveConnection?: ConnectionResolver
}

const datasetPattern = /^\d{1,30}$/

/** The endpoint rule of connections.save: https, or plain http only to this machine. */
function checkEndpoint(endpoint: string): string {
  const problem = endpointUrlProblem(endpoint)
  if (problem) throw new UsageError(`--endpoint "${endpoint}": ${problem}`)
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

/** The target of `capi send`: a stored connection (through `resolveConnection`) or the options. */
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
  const endpoint = args.endpoint === undefined ? undefined : checkEndpoint(args.endpoint)
  if (args.connection !== undefined) {
    if (endpoint !== undefined && args.tokenEnv === undefined) {
      // The keychain token was stored for the connection's endpoint; another address must not get it.
      throw new UsageError(
        `--endpoint with --connection would send the keychain token of "${args.connection}" to ${endpoint}. ` +
          "Give that endpoint's token with --token-env VAR, or change the connection's endpoint.",
      )
    }
    if (!deps.resolveConnection) {
      throw new UsageError(
        '--connection is not available in this build; use --endpoint, --dataset and --token-env.',
      )
    }
    const stored = await deps.resolveConnection(args.connection, io)
    return {
      ...stored,
      baseUrl: endpoint ?? stored.baseUrl,
      datasetId: args.dataset ?? stored.datasetId,
      version: args.apiVersion ?? stored.version,
      token: args.tokenEnv ? tokenFromEnv(io, args.tokenEnv) : stored.token,
      label: `connection "${args.connection}"`,
    }
  }
  if (args.dataset === undefined) {
    throw new UsageError('say which dataset: --dataset ID (or --connection NAME).')
  }
  const baseUrl = endpoint ?? metaEndpoint
  return {
    baseUrl,
    datasetId: args.dataset,
    version: args.apiVersion ?? defaultApiVersion,
    token: tokenFromEnv(io, args.tokenEnv ?? defaultTokenEnv),
    label: baseUrl,
  }
}
