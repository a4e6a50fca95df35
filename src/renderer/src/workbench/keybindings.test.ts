import { describe, expect, it } from 'vitest'
import { parseKeybinding, sameStroke, strokeFromEvent } from './keybindings'
import { filterCommands } from './filterCommands'

describe('keybindings', () => {
  it('parses chords and matches Ctrl or Cmd', () => {
    const [first, second] = parseKeybinding('Ctrl+K Ctrl+T')
    expect([
      sameStroke(
        first!,
        strokeFromEvent({
          ctrlKey: false,
          metaKey: true,
          shiftKey: false,
          altKey: false,
          key: 'k',
        }),
      ),
      sameStroke(
        second!,
        strokeFromEvent({
          ctrlKey: true,
          metaKey: false,
          shiftKey: false,
          altKey: false,
          key: 'T',
        }),
      ),
      sameStroke(
        first!,
        strokeFromEvent({ ctrlKey: true, metaKey: false, shiftKey: true, altKey: false, key: 'k' }),
      ),
    ]).toEqual([true, true, false])
  })

  it('filters commands by every word of the query', () => {
    const run = () => {}
    const commands = [
      { id: 'a', title: 'Toggle Panel Visibility', category: 'View', run },
      { id: 'b', title: 'Send Test Event', category: 'Composer', run },
      { id: 'c', title: 'Toggle Primary Side Bar Visibility', category: 'View', run },
    ]
    expect(filterCommands(commands, 'view toggle panel').map((command) => command.id)).toEqual([
      'a',
    ])
  })
})
