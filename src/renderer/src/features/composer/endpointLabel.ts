import type { ConnectionEndpoint } from '../../../../shared/connections/connectionSchema'

/** "Meta" or "Sandbox 127.0.0.1:4010": where a send goes, as the picker and status bar say it. */
export function endpointLabel(endpoint: ConnectionEndpoint): string {
  if (endpoint.kind === 'meta') return 'Meta (graph.facebook.com)'
  const host = (() => {
    try {
      return new URL(endpoint.url).host
    } catch {
      return endpoint.url
    }
  })()
  return endpoint.kind === 'sandbox' ? `Sandbox ${host}` : `Custom ${host}`
}

export function endpointIcon(endpoint: ConnectionEndpoint): string {
  return endpoint.kind === 'meta' ? 'globe' : endpoint.kind === 'sandbox' ? 'beaker' : 'server'
}
