import type { ReactNode } from 'react'
import { Codicon } from './Codicon'

/** What a view shows when it has nothing yet: what it is for and the one action that fills it. */
export function EmptyState({
  icon,
  title,
  children,
}: {
  icon: string
  title: string
  children?: ReactNode
}) {
  return (
    <div className="empty-state">
      <Codicon name={icon} className="empty-state-icon" />
      <p className="empty-state-title">{title}</p>
      {children}
    </div>
  )
}
