import { toCurl } from '../../../../shared/redact'
import { CopyButton } from './CopyButton'
import { HeadersTable } from './HeadersTable'
import type { InspectedExchange } from './inspectedExchange'
import { TruncatedText } from './TruncatedText'

function prettyBody(body: string | undefined): string {
  if (!body) return ''
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}

/** The request exactly as sent, token redacted, with "Copy as cURL". */
export function RequestSection({ exchange }: { exchange: InspectedExchange }) {
  const { request } = exchange
  return (
    <section className="inspector-section" aria-label="Request as sent">
      <header className="inspector-section-header">
        <h3>Request</h3>
        <CopyButton text={() => toCurl(request)} label="Copy as cURL" showLabel />
      </header>
      <p className="mono request-line">
        <span className="http-method">{request.method}</span> {request.url}
      </p>
      <details>
        <summary>Request headers</summary>
        <HeadersTable headers={request.headers} />
      </details>
      <TruncatedText text={prettyBody(request.body)} label="Request body" />
    </section>
  )
}
