// First: configures zod before any other module runs a schema.
import './jitlessZod'
import '@vscode/codicons/dist/codicon.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/theme.css'
import './styles/workbench.css'
import { api } from './api'
import { ApiProvider } from './api/ApiContext'
import { Workbench } from './workbench/Workbench'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <Workbench />
      </ApiProvider>
    </StrictMode>,
  )
}
