import type { Socket } from 'node:net'
import { Agent, buildConnector, type Dispatcher, EnvHttpProxyAgent, ProxyAgent } from 'undici'
import type { TimeoutFigures } from './classifyNetworkError'
import { markSocketConnecting } from './requestTimeline'

export interface DispatcherOptions {
  timeouts: TimeoutFigures
  /** An explicit proxy (settings) wins over the environment. */
  proxyUrl?: string
  /** HTTPS_PROXY / https_proxy / HTTP_PROXY / http_proxy / NO_PROXY / no_proxy are read from it. */
  env?: NodeJS.ProcessEnv
}

export type ProxyChoice =
  { kind: 'none' } | { kind: 'explicit'; url: string } | { kind: 'environment' }

function pick(env: NodeJS.ProcessEnv, upper: string): string | undefined {
  const value = env[upper] ?? env[upper.toLowerCase()]
  return value && value.trim().length > 0 ? value.trim() : undefined
}

/** Which proxy the client will use, for the UI and the README. */
export function proxyChoice(options: Pick<DispatcherOptions, 'proxyUrl' | 'env'>): ProxyChoice {
  if (options.proxyUrl) return { kind: 'explicit', url: options.proxyUrl }
  const env = options.env ?? {}
  return pick(env, 'HTTPS_PROXY') || pick(env, 'HTTP_PROXY')
    ? { kind: 'environment' }
    : { kind: 'none' }
}

/**
 * The dispatcher the Graph client owns: an Agent whose connector records TCP vs TLS time, or
 * undici's ProxyAgent (explicit proxy) / EnvHttpProxyAgent (proxy from the environment, honouring
 * NO_PROXY). Connect, headers and body timeouts are set here.
 */
export function createGraphDispatcher(options: DispatcherOptions): Dispatcher {
  const { timeouts } = options
  const common = {
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
  }
  const choice = proxyChoice(options)
  if (choice.kind === 'explicit') {
    return new ProxyAgent({ uri: choice.url, ...common, connect: { timeout: timeouts.connectMs } })
  }
  if (choice.kind === 'environment') {
    const env = options.env ?? {}
    return new EnvHttpProxyAgent({
      ...common,
      httpProxy: pick(env, 'HTTP_PROXY'),
      httpsProxy: pick(env, 'HTTPS_PROXY') ?? pick(env, 'HTTP_PROXY'),
      noProxy: pick(env, 'NO_PROXY') ?? '',
      connect: { timeout: timeouts.connectMs },
    })
  }
  // undici's connector returns the socket it creates (its typings say void).
  const baseConnector = buildConnector({ timeout: timeouts.connectMs }) as unknown as (
    connectOptions: buildConnector.Options,
    callback: buildConnector.Callback,
  ) => Socket | undefined
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const socket = baseConnector(connectOptions, callback)
    if (socket) markSocketConnecting(socket)
    return socket
  }
  return new Agent({ ...common, connect })
}
