import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { undoDeletePreset } from './presetActions'

/** Undo for the last delete, and the message of each quarantined file (dismissible). */
export function ExplorerNotices() {
  const api = useApi()
  const { lastDeleted, quarantine } = useWorkbenchStore(
    useShallow((state) => ({
      lastDeleted: state.lastDeleted,
      quarantine: state.quarantineMessages,
    })),
  )
  return (
    <>
      {lastDeleted ? (
        <div className="explorer-undo" role="status">
          <span>Deleted “{lastDeleted.preset.name}”.</span>
          <Button
            variant="secondary"
            onClick={() => void undoDeletePreset({ store: useWorkbenchStore, api })}
          >
            Undo
          </Button>
        </div>
      ) : null}
      {quarantine.map((item) => (
        <div key={item.message} className="explorer-quarantine" role="alert">
          <span>{item.message}</span>
          <Button
            variant="icon"
            icon="close"
            aria-label={`Dismiss the message about ${item.file}`}
            onClick={() => useWorkbenchStore.getState().dismissQuarantineMessage(item.message)}
          />
        </div>
      ))}
    </>
  )
}
