import { useEffect, useRef } from 'react'
import { slowAnswerWords } from '../../../../shared/capi/slowAnswerWords'

const phases = [
  { key: 'queueMs', label: 'Queue' },
  { key: 'connectMs', label: 'Connect' },
  { key: 'tlsMs', label: 'TLS' },
  { key: 'ttfbMs', label: 'Waiting (TTFB)' },
  { key: 'downloadMs', label: 'Download' },
] as const

/**
 * The timing breakdown as one small stacked bar. Widths are CSS custom properties set through the
 * CSSOM (allowed by the CSP), never inline style attributes.
 */
export function TimingBar({
  timing,
  slow,
  slowThresholdMs,
}: {
  timing: Record<string, number>
  slow?: boolean
  /** What `slow` was judged against (the `send.slowThresholdMs` setting). */
  slowThresholdMs?: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  const total = timing.totalMs ?? phases.reduce((sum, phase) => sum + (timing[phase.key] ?? 0), 0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    for (const phase of phases) {
      const share = total > 0 ? ((timing[phase.key] ?? 0) / total) * 100 : 0
      element.style.setProperty(`--${phase.key}`, `${share.toFixed(2)}%`)
    }
  }, [timing, total])
  const description = phases
    .map((phase) => `${phase.label} ${(timing[phase.key] ?? 0).toFixed(0)} ms`)
    .join(', ')
  return (
    <div className="timing">
      <div
        className="timing-bar"
        ref={ref}
        role="img"
        aria-label={`Timing: ${description}`}
        title={description}
      >
        {phases.map((phase) => (
          <span key={phase.key} className={`timing-segment timing-${phase.key}`} />
        ))}
      </div>
      <span className={`timing-total${slow ? ' slow' : ''}`}>
        {total.toFixed(0)} ms{slow ? ` · ${slowAnswerWords(slowThresholdMs)}` : ''}
      </span>
      <ul className="timing-legend">
        {phases.map((phase) => (
          <li key={phase.key}>
            <span className={`timing-swatch timing-${phase.key}`} /> {phase.label}{' '}
            {(timing[phase.key] ?? 0).toFixed(0)} ms
          </li>
        ))}
      </ul>
    </div>
  )
}
