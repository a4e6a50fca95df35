import { useEffect, useRef, useState } from 'react'
import { useWorkbenchStore } from '../../state/store'
import type { JsonEditorHandle } from './codeEditor/createJsonEditor'
import { rawProblems } from './rawProblems'

const severityOf = { error: 'error', warning: 'warning', info: 'info' } as const

/**
 * The raw body in CodeMirror 6, loaded on demand (its chunk is not in the initial JS). The editor
 * lives in a shadow root: CodeMirror then puts its styles in an adopted (constructable) style
 * sheet, which the page's CSP `style-src 'self'` allows, where a <style> element would be blocked.
 * Diagnostics come from rawProblems(), the same list the Problems panel shows.
 */
export function RawCodeEditor({ tabId }: { tabId: string }) {
  const hostRef = useRef<HTMLDivElement>(null)
  const editorRef = useRef<JsonEditorHandle | undefined>(undefined)
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')
  const connectionId = useWorkbenchStore((state) => state.rawTabs[tabId]?.connectionId)
  const connections = useWorkbenchStore((state) => state.connections)
  const text = useWorkbenchStore((state) => state.rawTabs[tabId]?.text)
  const reveal = useWorkbenchStore((state) =>
    state.rawReveal?.tabId === tabId ? state.rawReveal : undefined,
  )
  const setRawText = useWorkbenchStore((state) => state.setRawText)

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    let cancelled = false
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    import('./codeEditor/createJsonEditor')
      .then(({ createJsonEditor }) => {
        if (cancelled) return
        editorRef.current = createJsonEditor({
          parent: root as unknown as HTMLElement,
          root,
          text: useWorkbenchStore.getState().rawTabs[tabId]?.text ?? '',
          label: 'Request body',
          onChange: (next) => setRawText(tabId, next),
          diagnostics: (current) => {
            const state = useWorkbenchStore.getState()
            const id = state.rawTabs[tabId]?.connectionId
            const connection = state.connections.find((candidate) => candidate.id === id)
            return rawProblems(current, connection).map((problem) => ({
              from: problem.from,
              to: Math.max(problem.to, problem.from),
              severity: severityOf[problem.severity],
              source: problem.code,
              message: problem.fix ? `${problem.message}\n${problem.fix}` : problem.message,
            }))
          },
        })
        setStatus('ready')
      })
      .catch(() => {
        if (!cancelled) setStatus('failed')
      })
    return () => {
      cancelled = true
      editorRef.current?.destroy()
      editorRef.current = undefined
    }
  }, [tabId, setRawText])

  // Text replaced from outside (Format, Minify, the template following the connection).
  useEffect(() => {
    if (text !== undefined) editorRef.current?.setText(text)
  }, [text, status])
  useEffect(() => {
    editorRef.current?.relint()
  }, [connectionId, connections, status])
  useEffect(() => {
    if (reveal && status === 'ready') editorRef.current?.reveal(reveal.from, reveal.to)
  }, [reveal, status])

  return (
    <div className="raw-code">
      <div ref={hostRef} className="raw-code-host" data-testid="raw-code-editor" />
      {status === 'loading' ? <p className="raw-code-status">Loading the editor…</p> : null}
      {status === 'failed' ? (
        <textarea
          className="raw-code-fallback"
          aria-label="Request body"
          spellCheck={false}
          value={text ?? ''}
          onChange={(event) => setRawText(tabId, event.target.value)}
        />
      ) : null}
    </div>
  )
}
