import type {
  CheckOutcome,
  ConnectionEndpoint,
} from '../../../../shared/connections/connectionSchema'

export function endpointText(endpoint: ConnectionEndpoint): string {
  if (endpoint.kind === 'meta') return 'Meta'
  let host = endpoint.url
  try {
    host = new URL(endpoint.url).host
  } catch {
    // keep the text as typed
  }
  return `${endpoint.kind === 'sandbox' ? 'Sandbox' : 'Custom'} ${host}`
}

export const outcomeIcons: Record<CheckOutcome, string> = {
  passed: 'pass',
  warnings: 'warning',
  failed: 'error',
}

export const outcomeTexts: Record<CheckOutcome, string> = {
  passed: 'Check passed',
  warnings: 'Check passed with warnings',
  failed: 'Check failed',
}

/** "14:05" today, else "25 Nov 14:05". */
export function shortTime(iso: string, now = new Date()): string {
  const at = new Date(iso)
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  return at.toDateString() === now.toDateString()
    ? time
    : `${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`
}
