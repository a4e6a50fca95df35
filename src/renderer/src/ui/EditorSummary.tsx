import { Codicon } from './Codicon'

/**
 * The left of an editor's toolbar: what is being edited, its problem counts (a button that shows
 * the Problems panel) and why the last send failed.
 */
export function EditorSummary({
  title,
  errors,
  warnings,
  failure,
  onShowProblems,
}: {
  title: string
  errors: number
  warnings: number
  failure: string | undefined
  onShowProblems: () => void
}) {
  return (
    <div className="composer-summary">
      <span className="composer-event-name">{title}</span>
      <button
        type="button"
        className="problem-counts"
        title="Show the Problems panel"
        onClick={onShowProblems}
      >
        <Codicon name="error" /> {errors} <Codicon name="warning" /> {warnings}
      </button>
      {failure !== undefined ? (
        <span className="send-failed" role="status">
          <Codicon name="error" /> {failure}
        </span>
      ) : null}
    </div>
  )
}
