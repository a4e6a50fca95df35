import {
  bundleFormat,
  type ImportPlanItem,
  type PayloadImport,
} from '../../../../shared/contract/transferChannels'
import { withoutCredentials } from '../../../../shared/redact'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { useTabMemory } from '../../state/useTabMemory'
import { Button } from '../../ui/Button'
import { BundleResult } from './BundleResult'
import { PayloadResult } from './PayloadResult'
import { openRawTab } from '../raw'
import './import.css'

type Outcome =
  | { kind: 'payload'; result: PayloadImport }
  | {
      kind: 'bundle'
      text: string
      items: ImportPlanItem[]
      contacts?: { name: string; conflict: boolean }[]
    }
  | { kind: 'error'; message: string; details?: string[] }

function isBundle(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown }).format === bundleFormat
  } catch {
    return false
  }
}

/**
 * The Import tab: paste (or open) a customer's request body, its `data` array, a cURL command, or a
 * preset bundle. A payload becomes drafts with their problems; a bundle lists its presets and asks
 * about each conflict.
 */
export function ImportEditor({ tab }: { tab?: EditorTab }) {
  // Kept per tab in the store: switching away and back (or reloading) keeps the text and results.
  const [text, setText] = useTabMemory(tab?.id ?? 'import', 'text', '')
  const [outcome, setOutcome] = useTabMemory<Outcome | undefined>(
    tab?.id ?? 'import',
    'outcome',
    undefined,
  )
  const api = useApi()
  const read = async (input = text) => {
    if (input.trim() === '') return
    // Once read, a pasted token leaves the text box: only the redacted text stays on screen.
    setText(withoutCredentials(input))
    if (isBundle(input)) {
      const plan = await api['transfer.previewImport']({ text: input })
      setOutcome(
        plan.ok
          ? { kind: 'bundle', text: input, items: plan.value.items, contacts: plan.value.contacts }
          : {
              kind: 'error',
              message: plan.error.message,
              ...(plan.error.details ? { details: plan.error.details } : {}),
            },
      )
      return
    }
    const result = await api['transfer.importPayload']({ text: input })
    setOutcome(
      result.ok
        ? { kind: 'payload', result: result.value }
        : {
            kind: 'error',
            message: result.error.message,
            ...(result.error.details ? { details: result.error.details } : {}),
          },
    )
  }
  const openFile = async (file: File | undefined) => {
    if (!file) return
    const content = await file.text()
    await read(content)
  }
  return (
    <div className="import-editor">
      <h2>Import a payload, cURL command or preset bundle</h2>
      <p className="import-lead">
        Paste what the customer sent: the request body, just its <code>data</code> array, or the
        cURL command from their logs. Tokens (Authorization header, <code>access_token</code>) are
        dropped, never stored.
      </p>
      <textarea
        className="import-text mono"
        aria-label="Payload or cURL command"
        spellCheck={false}
        value={text}
        placeholder={"curl -X POST https://graph.facebook.com/v26.0/<dataset>/events -F 'data=[…]'"}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void read()
          }
        }}
      />
      <div className="import-actions">
        <Button icon="arrow-right" onClick={() => void read()} disabled={text.trim() === ''}>
          Read (Ctrl+Enter)
        </Button>
        <Button
          variant="secondary"
          icon="json"
          disabled={!/^\s*[[{]/.test(text)}
          title="Edit and send this JSON as it is (a cURL command: Read it instead)"
          onClick={() => openAsRawRequest(text)}
        >
          Open as Raw Request
        </Button>
        <label className="button button-secondary import-file">
          Open file…
          <input
            type="file"
            accept=".json,.txt,.sh,.curl"
            onChange={(event) => void openFile(event.target.files?.[0])}
          />
        </label>
      </div>
      {outcome?.kind === 'error' ? (
        <div className="import-error" role="alert">
          <p>{outcome.message}</p>
          {outcome.details?.map((detail) => (
            <p key={detail} className="mono">
              {detail}
            </p>
          ))}
        </div>
      ) : null}
      {outcome?.kind === 'payload' ? <PayloadResult result={outcome.result} /> : null}
      {outcome?.kind === 'bundle' ? (
        <BundleResult
          text={outcome.text}
          items={outcome.items}
          {...(outcome.contacts ? { contacts: outcome.contacts } : {})}
          onDone={() => setOutcome(undefined)}
        />
      ) : null}
    </div>
  )
}

/** A pasted body opens in the raw request editor unchanged; a bare `data` array is wrapped. */
function openAsRawRequest(text: string): void {
  const body = text.trimStart().startsWith('[') ? `{"data": ${text.trim()}}` : text
  openRawTab(useWorkbenchStore, { text: body, source: 'import' })
}
