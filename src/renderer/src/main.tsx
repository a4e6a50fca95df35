// First: configures zod before any other module runs a schema.
import './jitlessZod'
import '@vscode/codicons/dist/codicon.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/theme.css'
import './styles/workbench.css'
import './styles/layout.css'
import { ApiProvider } from './api/ApiContext'
import { pickApi } from './api/pickApi'
import { Workbench } from './workbench/Workbench'

const root = document.getElementById('root')
if (root) {
  // The transport is chosen once here; every module below reaches it through useApi()/context.
  const api = pickApi(window)
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <Workbench />
      </ApiProvider>
    </StrictMode>,
  )
}
