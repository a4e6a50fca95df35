import { evidenceWords } from '../../shared/capi/evidence/evidence'
import type { Problem } from '../../shared/capi/rules/ruleTypes'
import type { GraphErrorExplanation } from '../../shared/capi/errors'
import { notableHeaders, type SendResult } from '../../shared/capi/sendResult'
import { slowAnswerWords } from '../../shared/capi/slowAnswerWords'

const outcomeWords: Record<SendResult['outcome'], string> = {
  accepted: 'accepted',
  partial: 'NOT fully accepted',
  meta_error: 'rejected by Meta',
  network_error: 'no usable answer',
}

function statusLine(result: SendResult): string {
  const status = result.status === undefined ? 'no HTTP status' : `HTTP ${result.status}`
  const parts = [`${status}: ${outcomeWords[result.outcome]}`]
  if (result.eventsReceived !== undefined || result.outcome === 'accepted') {
    parts.push(`events_received ${result.eventsReceived ?? '?'} of ${result.eventsSent} sent`)
  }
  if (result.fbtraceId) parts.push(`fbtrace_id ${result.fbtraceId}`)
  return parts.join(' · ')
}

function timingLine(result: SendResult): string {
  const t = result.timing
  const phases = `queue ${t.queueMs}, connect ${t.connectMs}, TLS ${t.tlsMs}, first byte ${t.ttfbMs}, download ${t.downloadMs}`
  const slow = result.slow ? ` (${slowAnswerWords(result.slowThresholdMs)})` : ''
  return `timing: ${t.totalMs} ms total (${phases})${slow}`
}

function responseText(result: SendResult): string | undefined {
  if (result.json !== undefined) return JSON.stringify(result.json, null, 2)
  if (result.rawBody === undefined) return undefined
  const limit = 2000
  return result.rawBody.length > limit
    ? `${result.rawBody.slice(0, limit)}\n… (${result.rawBody.length - limit} more characters)`
    : result.rawBody
}

export function formatExplanation(explanation: GraphErrorExplanation): string[] {
  const lines = [
    `${explanation.title}${explanation.code !== undefined ? ` (code ${explanation.code}${explanation.subcode !== undefined ? ` / ${explanation.subcode}` : ''})` : ''}`,
  ]
  lines.push(`  What happened: ${explanation.explanation}`)
  lines.push(`  Fix: ${explanation.fix}`)
  lines.push(`  Retry: ${explanation.retryAdvice}`)
  if (explanation.metaTitle || explanation.metaMessage) {
    const said = [explanation.metaTitle, explanation.metaMessage].filter(Boolean).join(' — ')
    lines.push(`  Meta said: ${said}`)
  }
  if (explanation.evidence) lines.push(`  Evidence: ${evidenceWords(explanation.evidence)}`)
  if (explanation.rule) lines.push(`  Sandbox rule: ${explanation.rule}`)
  lines.push(`  Docs: ${explanation.docsUrl}`)
  return lines
}

/** The human-readable report of one send: status, timing, headers, response and explanation. */
export function formatSendResult(result: SendResult): string {
  const lines = [
    `${result.request.method} ${result.request.url}`,
    statusLine(result),
    timingLine(result),
  ]
  if (result.networkError) {
    lines.push(`network error (${result.networkError.kind}): ${result.networkError.message}`)
  }
  const shown = notableHeaders.filter((name) => result.headers[name] !== undefined)
  if (shown.length > 0) {
    lines.push('headers:')
    for (const name of shown) lines.push(`  ${name}: ${result.headers[name]}`)
  }
  const response = responseText(result)
  if (response !== undefined) lines.push('response:', response)
  if (result.explanation) lines.push('', ...formatExplanation(result.explanation))
  return lines.join('\n')
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const assumed = problem.evidence?.level === 'assumption' ? ' (assumption)' : ''
      const evidence = problem.evidence ? `\n  evidence: ${evidenceWords(problem.evidence)}` : ''
      return `${problem.severity}${assumed}: ${problem.path}: ${problem.message}\n  fix: ${problem.fix}${evidence}`
    })
    .join('\n')
}
