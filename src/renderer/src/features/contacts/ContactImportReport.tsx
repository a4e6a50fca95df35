import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'

/** What the last import added and, per row or item, what it could not import. */
export function ContactImportReport() {
  const report = useWorkbenchStore((state) => state.lastContactImport)
  const setReport = useWorkbenchStore((state) => state.setLastContactImport)
  if (!report) return null
  return (
    <section className="contact-import-report" aria-label="Last contact import">
      <div className="contact-import-title">
        <strong>
          Imported {report.imported.length} from {report.fileName ?? 'the file'} (
          {report.format.toUpperCase()})
        </strong>
        <Button
          variant="icon"
          icon="close"
          aria-label="Dismiss the import report"
          onClick={() => setReport(undefined)}
        />
      </div>
      <ul>
        {report.imported
          .filter((item) => item.renamedFrom)
          .map((item) => (
            <li key={item.id}>
              “{item.renamedFrom}” exists already: imported as “{item.name}”.
            </li>
          ))}
        {report.problems.map((problem, index) => (
          <li key={index} className="contact-import-problem">
            {problem.row !== undefined && !problem.message.startsWith('row ')
              ? `Row ${problem.row}: `
              : ''}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
