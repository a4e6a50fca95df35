import { lazy, type ComponentType } from 'react'
import { ExplorerView } from '../features/presets'

// The Explorer is the side bar's first view and is in the initial script; the others load the
// first time they are shown (SideBar's Suspense fallback covers the moment).
const ConnectionsView = lazy(() =>
  import('../features/connections/ConnectionsView').then((m) => ({ default: m.ConnectionsView })),
)
const HistoryView = lazy(() =>
  import('../features/history/HistoryView').then((m) => ({ default: m.HistoryView })),
)
const ContactsView = lazy(() =>
  import('../features/contacts/ContactsView').then((m) => ({ default: m.ContactsView })),
)

export interface ViewContainer {
  id: string
  title: string
  /** A codicon name. */
  icon: string
  keybinding?: string
  View: ComponentType
}

/** The activity bar, top to bottom. Features register their side bar view here. */
export const viewContainers: ViewContainer[] = [
  {
    id: 'explorer',
    title: 'Presets',
    icon: 'files',
    keybinding: 'Ctrl+Shift+E',
    View: ExplorerView,
  },
  {
    id: 'connections',
    title: 'Connections',
    icon: 'plug',
    keybinding: 'Ctrl+Shift+C',
    View: ConnectionsView,
  },
  {
    id: 'history',
    title: 'History',
    icon: 'history',
    keybinding: 'Ctrl+Shift+H',
    View: HistoryView,
  },
  {
    id: 'contacts',
    title: 'Contacts',
    icon: 'person',
    View: ContactsView,
  },
]
