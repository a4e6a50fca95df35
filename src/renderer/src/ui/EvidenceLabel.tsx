import { type Evidence, evidenceLabel, evidenceWords } from '../../../shared/capi/evidence/evidence'
import './evidence.css'

/**
 * The evidence behind a problem or an explanation as a small label ("Meta docs", "seen live,
 * Sept 2026", "assumption"); the full words are its tooltip; screen readers hear "Evidence: …".
 */
export function EvidenceLabel({ evidence }: { evidence: Evidence | undefined }) {
  if (evidence === undefined) return null
  const words = evidenceWords(evidence)
  return (
    <span
      className={`evidence-label evidence-${evidence.level}`}
      title={words}
      data-testid="evidence-label"
    >
      <span className="evidence-label-prefix"> Evidence: </span>
      {evidenceLabel(evidence)}
    </span>
  )
}
