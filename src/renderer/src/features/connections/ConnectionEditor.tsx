import { useEffect, useState } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { AssetTable } from './AssetTable'
import { CheckResult } from './CheckResult'
import { ConnectionFieldsSection } from './ConnectionFieldsSection'
import { KeychainBanner } from './KeychainBanner'
import { TokenSection } from './TokenSection'
import {
  checkConnection,
  deleteConnection,
  refreshConnections,
  refreshKeychainStatus,
  saveConnection,
} from './connectionActions'
import {
  type ConnectionForm,
  formFromConnection,
  formProblems,
  saveInputFromForm,
} from './connectionForm'
import './connections.css'

/** The connection editor tab: fields, asset table, token (hint only) and the Check with its answer. */
export function ConnectionEditor({ tab }: { tab: EditorTab }) {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const id = tab.resource
  const connection = useWorkbenchStore((state) => state.connections.find((c) => c.id === id))
  const report = useWorkbenchStore((state) => (id ? state.checkReports[id] : undefined))
  const checking = useWorkbenchStore((state) => (id ? state.checking.includes(id) : false))
  const defaults = useWorkbenchStore((state) => state.settings?.values)
  const newDefaults = defaults
    ? {
        apiVersion: defaults['connections.defaultApiVersion'],
        endpoint: defaults['connections.defaultEndpoint'],
      }
    : undefined
  const [form, setForm] = useState<ConnectionForm>(() =>
    formFromConnection(connection, newDefaults),
  )
  const [edited, setEdited] = useState(false)
  const [saveError, setSaveError] = useState<string>()
  const [confirmDelete, setConfirmDelete] = useState(false)
  useEffect(() => {
    if (id && !connection) void refreshConnections(context)
    void refreshKeychainStatus(context)
  }, [id])
  useEffect(() => {
    if (!edited) setForm(formFromConnection(connection, newDefaults))
  }, [connection?.updatedAt, defaults])
  const problems = edited || saveError ? formProblems(form) : {}
  const change = (next: Partial<ConnectionForm>) => {
    setForm((current) => ({ ...current, ...next }))
    setEdited(true)
    useWorkbenchStore.getState().setTabDirty(tab.id, true)
  }
  const save = async () => {
    if (Object.keys(formProblems(form)).length > 0) {
      setSaveError('Fix the fields marked below first.')
      return
    }
    const result = await saveConnection(context, tab.id, saveInputFromForm(form, id))
    setSaveError(result.error ? [result.error, ...(result.details ?? [])].join(' ') : undefined)
    if (result.saved) setEdited(false)
  }
  if (id && !connection) return <div className="composer-loading">Loading the connection…</div>
  return (
    <div className="connection-editor">
      <KeychainBanner />
      <div className="composer-toolbar connection-toolbar">
        <span className="composer-summary">{connection ? connection.name : 'New connection'}</span>
        <Button
          icon="save"
          onClick={() => void save()}
          disabled={connection !== undefined && !edited}
        >
          Save
        </Button>
        {connection ? (
          <>
            <Button
              variant="secondary"
              icon={checking ? 'loading' : 'pulse'}
              disabled={checking || !connection.hasToken || edited}
              title={
                !connection.hasToken
                  ? 'Set a token first'
                  : edited
                    ? 'Save first'
                    : 'Ask the endpoint'
              }
              onClick={() => void checkConnection(context, connection.id)}
            >
              {checking ? 'Checking…' : 'Check'}
            </Button>
            <Button
              variant="secondary"
              icon="trash"
              onClick={() =>
                confirmDelete ? void deleteConnection(context, connection) : setConfirmDelete(true)
              }
              onBlur={() => setConfirmDelete(false)}
            >
              {confirmDelete ? 'Delete connection and token?' : 'Delete'}
            </Button>
          </>
        ) : null}
      </div>
      {saveError ? (
        <p className="send-failed" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="composer-body">
        <div className="composer-form connection-form">
          {report ? <CheckResult report={report} /> : null}
          <ConnectionFieldsSection form={form} problems={problems} onChange={change} />
          <AssetTable
            assets={form.assets}
            problems={problems}
            onChange={(kind, asset) => change({ assets: { ...form.assets, [kind]: asset } })}
          />
          {connection ? (
            <TokenSection connection={connection} />
          ) : (
            <p className="section-note">Save the connection, then paste its token.</p>
          )}
        </div>
      </div>
    </div>
  )
}
