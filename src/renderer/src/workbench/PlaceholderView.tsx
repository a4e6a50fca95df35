import type { ComponentType } from 'react'
import { EmptyState } from '../ui/EmptyState'

const texts: Record<string, { icon: string; title: string; body: string }> = {
  explorer: {
    icon: 'files',
    title: 'No presets yet',
    body: 'Saved events appear here, grouped in folders.',
  },
  connections: {
    icon: 'plug',
    title: 'No connections yet',
    body: 'A connection holds a dataset, its assets and a token kept in your keychain.',
  },
  history: {
    icon: 'history',
    title: 'Nothing sent yet',
    body: 'Every event you send is recorded here with Meta\u2019s answer.',
  },
}

/** Shown until a feature registers its own view for a container. */
export function PlaceholderView(id: string): ComponentType {
  function Placeholder() {
    const text = texts[id] ?? { icon: 'info', title: 'Nothing here yet', body: '' }
    return (
      <EmptyState icon={text.icon} title={text.title}>
        <p>{text.body}</p>
      </EmptyState>
    )
  }
  Placeholder.displayName = `PlaceholderView(${id})`
  return Placeholder
}
