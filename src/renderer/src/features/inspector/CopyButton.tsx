import { useEffect, useState } from 'react'
import { useApi } from '../../api/ApiContext'
import { Codicon } from '../../ui/Codicon'
import { copyText } from '../../ui/copyText'

/** Copies text to the clipboard and says so for two seconds (also to screen readers). */
export function CopyButton({
  text,
  label,
  showLabel = false,
}: {
  text: string | (() => string)
  label: string
  showLabel?: boolean
}) {
  const api = useApi()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])
  async function copy() {
    try {
      await copyText(typeof text === 'function' ? text() : text, async (value) => {
        const viaMain = await api['app.copyText']({ text: value })
        return viaMain.ok && viaMain.value.copied
      })
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  const shown = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label
  return (
    <button
      type="button"
      className={showLabel ? 'button button-secondary button-small' : 'button-icon'}
      title={shown}
      aria-label={shown}
      onClick={() => void copy()}
    >
      <Codicon name={state === 'copied' ? 'check' : 'copy'} />
      {showLabel ? <span aria-live="polite">{shown}</span> : null}
    </button>
  )
}
