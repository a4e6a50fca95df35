import { Button } from '../../ui/Button'

/**
 * Shown when the contact's file changed or went away on disk (another program, the CLI in another
 * terminal) while the editor holds unsaved edits: nothing was overwritten, the person chooses.
 */
export function ContactDiskBanner({
  removed,
  onReload,
  onKeepMine,
}: {
  removed: boolean
  onReload: () => void
  onKeepMine: () => void
}) {
  return (
    <div className="contact-disk-banner" role="alert">
      {removed ? (
        <p>
          This contact was removed on disk while you have unsaved edits. Your edits are kept: save
          to write the file again.
        </p>
      ) : (
        <>
          <p>
            This contact changed on disk (another program or the command line) while you have
            unsaved edits. Nothing was overwritten.
          </p>
          <div className="contact-disk-actions">
            <Button variant="secondary" icon="refresh" onClick={onReload}>
              Reload from disk
            </Button>
            <Button variant="secondary" onClick={onKeepMine}>
              Keep mine
            </Button>
          </div>
        </>
      )}
    </div>
  )
}
