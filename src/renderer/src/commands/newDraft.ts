import { newComposerTab } from '../features/composer'
import type { Command } from './command'

/** Ctrl+N: a new event in a composer tab (the Explorer's "New event" runs this too). */
export const newDraft: Command = {
  id: 'composer.newDraft',
  title: 'New Event',
  category: 'Composer',
  keybinding: 'Ctrl+N',
  browserKeybinding: 'Alt+N',
  run: ({ store }) => {
    newComposerTab(store)
  },
}
