import { Codicon } from '../../ui/Codicon'
import { EvidenceLabel } from '../../ui/EvidenceLabel'
import { ContactFixButton } from '../contacts'
import type { DraftProblem } from './computeBuild'

const icons = { error: 'error', warning: 'warning', info: 'info' } as const

/** The problems of one field, right under it, each with its fix. */
export function FieldProblems({ id, problems }: { id: string; problems: DraftProblem[] }) {
  if (problems.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {problems.map((problem) => (
        <li
          key={`${problem.code}-${problem.message}`}
          className={`field-problem ${problem.severity}`}
        >
          <Codicon name={icons[problem.severity]} label={problem.severity} />
          <span>
            {problem.message}
            {problem.fix ? <span className="field-problem-fix"> {problem.fix}</span> : null}
            <EvidenceLabel evidence={problem.evidence} />
            {problem.variable ? <ContactFixButton variable={problem.variable} /> : null}
          </span>
        </li>
      ))}
    </ul>
  )
}
