import { createServices, type GraphPort, type Services } from '../services/createServices'
import { ensurePrivateDirectory, resolveDataDirectory } from '../services/dataDirectory'
import type { TimeoutFigures } from '../services/graph/classifyNetworkError'
import type { SecretStore } from '../services/secrets/secretStore'
import type { CliIo } from './cliCommand'

/** What tests may replace in the CLI's services: a throwaway keychain, a fake Graph API, a clock. */
export interface CliServiceDependencies {
  secretStore?: () => SecretStore
  graph?: () => GraphPort
  now?: () => Date
}

/**
 * Runs `use` with the services of the data directory ($CAPI_WORKBENCH_HOME, else the desktop
 * app's), built by the one composition root, and closes them afterwards. The CLI builds no
 * service itself.
 */
export async function withCliServices<T>(
  io: CliIo,
  deps: CliServiceDependencies,
  use: (services: Services) => Promise<T>,
  options: { graphTimeouts?: Partial<TimeoutFigures> } = {},
): Promise<T> {
  const services = await openCliServices(io, deps, options)
  try {
    return await use(services)
  } finally {
    await services.close()
  }
}

/**
 * The services of the data directory, for a command that only reads and writes files (presets,
 * history): nothing to close there, as the Graph client opens connections only when it sends and
 * the CLI never watches files. A command that may talk to Graph uses withCliServices().
 */
export async function openCliServices(
  io: Pick<CliIo, 'env'>,
  deps: CliServiceDependencies = {},
  options: { graphTimeouts?: Partial<TimeoutFigures> } = {},
): Promise<Services> {
  const dataDirectory = await ensurePrivateDirectory(resolveDataDirectory(io.env))
  const secretStore = deps.secretStore?.()
  const graph = deps.graph?.()
  return createServices({
    dataDirectory,
    shell: 'cli',
    env: io.env,
    now: deps.now ?? (() => new Date()),
    ...(secretStore ? { secretStore } : {}),
    ...(graph ? { graph } : {}),
    ...(options.graphTimeouts ? { graphTimeouts: options.graphTimeouts } : {}),
  })
}
