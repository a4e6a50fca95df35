import { RequestHeaders, SendTimeoutMs } from '../../../../shared/contract/sendChannels'
import type { SendSettings } from './sendSettings'

export interface ParsedSendSettings {
  headers?: Record<string, string>
  timeoutMs?: number
  /** What is wrong with the typed settings; a send with errors is refused. */
  errors: string[]
}

/**
 * The tab's send settings as the contract wants them: `name: value` lines (blank lines ignored,
 * names lowercased) and a timeout in seconds (1.5–60; empty = the default from the settings).
 */
export function parseSendSettings(settings: SendSettings): ParsedSendSettings {
  const errors: string[] = []
  const headers: Record<string, string> = {}
  settings.headersText.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const colon = line.indexOf(':')
    if (colon <= 0) {
      errors.push(`Header line ${index + 1} is not "name: value".`)
      return
    }
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  })
  const parsedHeaders = RequestHeaders.safeParse(headers)
  if (!parsedHeaders.success) {
    errors.push(...parsedHeaders.error.issues.map((issue) => issue.message))
  }
  const result: ParsedSendSettings = { errors }
  if (Object.keys(headers).length > 0 && parsedHeaders.success) result.headers = headers
  const timeoutText = settings.timeoutText.trim()
  if (timeoutText !== '') {
    const timeoutMs = Math.round(Number(timeoutText) * 1000)
    if (SendTimeoutMs.safeParse(timeoutMs).success) result.timeoutMs = timeoutMs
    else errors.push('The timeout is a number of seconds from 1.5 to 60.')
  }
  return result
}
