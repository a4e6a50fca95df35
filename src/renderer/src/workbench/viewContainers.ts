import type { ComponentType } from 'react'
import { ExplorerView } from '../features/presets'
import { ConnectionsView } from '../features/connections'
import { HistoryView } from '../features/history'
import { ContactsView } from '../features/contacts'

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
