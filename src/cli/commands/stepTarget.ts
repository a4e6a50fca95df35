import { isValidApiVersion } from '../../shared/capi/versions/graphVersions'
import {
  type ConnectionView,
  defaultApiVersion,
  endpointBaseUrl,
} from '../../shared/connections/connectionSchema'
import { AppError } from '../../shared/result'
import type { StepConnection } from '../../shared/step'
import type { ConnectionService } from '../../services/connections/connectionService'
import type { SendTarget } from '../../services/send/sendService'
import type { SandboxCredentials } from '../../services/step/sandboxLinkFacts'
import { type CliIo, UsageError } from '../cliCommand'
import { parseEndpoint } from './connectionAddCommand'

/** The options of `capi step simulate` that describe a connection that is not stored here. */
export interface StepTargetArgs {
  dataset?: string
  endpoint?: string
  apiVersion?: string
  tokenEnv?: string
}

export interface StepTarget {
  connection: StepConnection
  /** The stored connection, when the step names one. */
  stored?: ConnectionView
  /** The token for a send or a sandbox check: --token-env, else the stored connection's keychain. */
  credentials: SandboxCredentials
  /** Where --send sends with an explicit token (undefined: through the stored connection). */
  sendTarget?: () => Promise<SendTarget>
}

function tokenFromEnv(io: CliIo, variable: string): string {
  const token = io.env[variable]?.trim()
  if (!token) {
    throw new UsageError(
      `no token: the environment variable ${variable} (--token-env) is empty. Put the token there (e.g. read -rs ${variable}; export ${variable}).`,
    )
  }
  return token
}

/**
 * The step's `connection`: a stored connection (by name or id), or, when none is stored under that
 * name (a customer's business account the engineer does not hold), a connection described by
 * --dataset / --endpoint / --api-version, with the dataset left unknown when not given. The step is
 * still simulated then; its links and regions are not known.
 */
export async function resolveStepTarget(
  connections: Pick<ConnectionService, 'find' | 'credentialsFor'>,
  name: string,
  args: StepTargetArgs,
  io: CliIo,
): Promise<StepTarget> {
  if (args.apiVersion !== undefined && !isValidApiVersion(args.apiVersion)) {
    throw new UsageError(`--api-version "${args.apiVersion}" is not shaped like v26.0.`)
  }
  if (args.dataset !== undefined && !/^\d{1,30}$/.test(args.dataset)) {
    throw new UsageError(`--dataset "${args.dataset}" is not a numeric dataset ID.`)
  }
  const stored = await connections.find(name).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined
    throw error
  })
  const envToken = args.tokenEnv === undefined ? undefined : () => tokenFromEnv(io, args.tokenEnv!)
  if (stored) {
    const given = [
      args.dataset !== undefined ? '--dataset' : undefined,
      args.endpoint !== undefined ? '--endpoint' : undefined,
      args.apiVersion !== undefined ? '--api-version' : undefined,
    ].filter(Boolean)
    if (given.length > 0) {
      throw new UsageError(
        `the step's connection "${name}" is stored here, so its dataset, endpoint and version are used: drop ${given.join(', ')} (they describe a connection that is not stored), or rename the step's connection.`,
      )
    }
    const baseUrl = endpointBaseUrl(stored.endpoint)
    const credentials: SandboxCredentials = envToken
      ? () => Promise.resolve({ baseUrl, token: envToken() })
      : async () => {
          const { baseUrl: url, token } = await connections.credentialsFor(stored.id)
          return { baseUrl: url, token }
        }
    return {
      connection: stored,
      stored,
      credentials,
      ...(envToken
        ? {
            sendTarget: () =>
              Promise.resolve({
                baseUrl,
                datasetId: stored.datasetId,
                version: stored.apiVersion,
                token: envToken(),
                connectionName: stored.name,
                assets: assetList(stored),
              }),
          }
        : {}),
    }
  }
  const endpoint = parseEndpoint(args.endpoint)
  const connection: StepConnection = {
    name,
    datasetId: args.dataset ?? '',
    apiVersion: args.apiVersion ?? defaultApiVersion,
    endpoint,
    assets: {},
  }
  const baseUrl = endpointBaseUrl(endpoint)
  const notStored = `the step's connection "${name}" is not stored here (capi connection list shows them; capi connection add stores one)`
  return {
    connection,
    credentials: () => {
      if (!envToken) {
        return Promise.reject(new Error(`${notStored}, and no --token-env was given`))
      }
      return Promise.resolve({ baseUrl, token: envToken() })
    },
    sendTarget: () => {
      if (args.dataset === undefined || !envToken) {
        throw new UsageError(
          `${notStored}, so there is no dataset and token to send with. Add it (capi connection add, capi token set), or describe it with --dataset ID [--endpoint meta|sandbox|URL] --token-env VAR.`,
        )
      }
      return Promise.resolve({
        baseUrl,
        datasetId: args.dataset,
        version: connection.apiVersion,
        token: envToken(),
      })
    },
  }
}

function assetList(connection: ConnectionView): SendTarget['assets'] {
  return (['whatsapp', 'page', 'instagram'] as const).flatMap((kind) => {
    const asset = connection.assets[kind]
    return asset ? [{ kind, id: asset.id, country: asset.country }] : []
  })
}
