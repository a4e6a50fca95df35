import type { ComponentType } from 'react'
import { ComposerStatus } from '../features/composer'
import { PresetsStatus } from '../features/presets'
import { ShellStatus } from './ShellStatus'
import { ThemeStatus } from './ThemeStatus'

export interface StatusBarItem {
  id: string
  align: 'left' | 'right'
  Item: ComponentType
}

/** Status bar entries. The composer adds the active connection and its endpoint. */
export const statusBarItems: StatusBarItem[] = [
  { id: 'shell', align: 'left', Item: ShellStatus },
  { id: 'composer.connection', align: 'left', Item: ComposerStatus },
  { id: 'presets.sync', align: 'left', Item: PresetsStatus },
  { id: 'theme', align: 'right', Item: ThemeStatus },
]
