import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { CopyButton } from '../inspector'
import { exportStepFiles } from './exportStepFiles'
import { saveStepPreset } from './saveStepPreset'

/** Save the step as a step preset (Ctrl+S), export it as the CLI's files, or copy those files. */
export function StepToolbar({ tabId }: { tabId: string }) {
  const api = useApi()
  const tab = useWorkbenchStore((state) => state.stepTabs[tabId])
  if (!tab) return null
  const context = { store: useWorkbenchStore, api }
  return (
    <div className="composer-toolbar step-toolbar">
      <span className="composer-summary">
        respond.io step: <strong>Send Conversions API Event</strong>
      </span>
      <Button
        variant="secondary"
        icon="save"
        title={tab.presetId ? 'Save the step preset (Ctrl+S)' : 'Save as a step preset (Ctrl+S)'}
        onClick={() => void saveStepPreset(context, tabId)}
      >
        {tab.presetId ? 'Save preset' : 'Save as preset'}
      </Button>
      <Button
        variant="secondary"
        icon="desktop-download"
        title="Export the step and its contact as the files capi step simulate reads"
        onClick={() => exportStepFiles(useWorkbenchStore, tabId)}
      >
        Export as files
      </Button>
      <CopyButton text={() => JSON.stringify(tab.step, null, 2)} label="Copy step file" showLabel />
      <CopyButton
        text={() => JSON.stringify(tab.contact, null, 2)}
        label="Copy contact file"
        showLabel
      />
    </div>
  )
}
