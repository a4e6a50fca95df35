import { useEffect, useState } from 'react'
import { useApi } from '../api/ApiContext'
import { Codicon } from '../ui/Codicon'

const shellLabels = {
  electron: 'Desktop',
  browser: 'Browser mode',
  cli: 'Command line',
  test: 'Test harness',
} as const

export function ShellStatus() {
  const api = useApi()
  const [label, setLabel] = useState('Connecting…')
  const [title, setTitle] = useState('')
  useEffect(() => {
    void api['app.info']().then((result) => {
      if (result.ok) {
        setLabel(`CAPI Workbench ${result.value.version} · ${shellLabels[result.value.shell]}`)
        setTitle(`Data directory: ${result.value.dataDirectory}`)
      } else {
        setLabel('Not connected')
        setTitle(result.error.message)
      }
    })
  }, [])
  return (
    <span className="status-item status-remote" title={title}>
      <Codicon name="zap" /> {label}
    </span>
  )
}
